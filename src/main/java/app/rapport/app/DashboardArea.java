package app.rapport.app;

import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.dashboard.DashboardViewModel;
import app.rapport.ui.dashboard.ScoreWeightsDialog;
import app.rapport.ui.main.Area;
import javafx.scene.Node;

/** Where the network stands: indicators with their history, goals, charts; the score's weights. */
final class DashboardArea implements Area {
    private final DashboardView view;

    DashboardArea(Workbench w) {
        Services s = w.services();
        view = new DashboardView(new DashboardViewModel(s.dashboard(), w.runner()), w.i18n(),
                () -> ScoreWeightsDialog.open(w.window().get(), w.i18n(), s.scores(), w.runner(), w.changes()::changed,
                        w.main()::setMessage));
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void onShow() {
        view.refresh();
    }
}
