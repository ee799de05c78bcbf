package app.rapport.app;

import app.rapport.ui.ledger.LedgerView;
import app.rapport.ui.ledger.LedgerViewModel;
import app.rapport.ui.main.Area;
import javafx.scene.Node;

/** The ledger over all contacts. */
final class LedgerArea implements Area {
    private final LedgerViewModel vm;
    private final LedgerView view;

    LedgerArea(Workbench w) {
        vm = new LedgerViewModel(w.services().ledger(), w.runner(), w.services().clock());
        view = new LedgerView(vm, w.i18n(), w.openContact()::accept);
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void onShow() {
        vm.refresh();
    }
}
