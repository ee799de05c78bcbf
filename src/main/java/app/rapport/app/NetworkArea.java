package app.rapport.app;

import app.rapport.ui.main.Area;
import app.rapport.ui.network.NetworkView;
import app.rapport.ui.network.NetworkViewModel;
import javafx.scene.Node;

/** The map of people and brands; loaded each time it is shown, so new ties appear; it arranges itself only while shown. */
final class NetworkArea implements Area {
    private final NetworkViewModel vm;
    private final NetworkView view;

    NetworkArea(Workbench w) {
        Services s = w.services();
        vm = new NetworkViewModel(s.network(), w.runner(), s.documents(), w.dialogs());
        view = new NetworkView(vm, w.i18n(), w.main(), s.contacts(), w.runner(), w.openContact()::accept);
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public void onHide() {
        vm.stop();
    }
}
