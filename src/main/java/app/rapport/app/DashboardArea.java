package app.rapport.app;

import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.dashboard.DashboardViewModel;
import app.rapport.ui.dashboard.ScoreWeightsDialog;
import app.rapport.ui.main.Area;

/** Where the network stands: indicators with their history, goals, charts; the score's weights. */
final class DashboardArea {
    private DashboardArea() {
    }

    static Area create(Workbench w) {
        Services s = w.services();
        DashboardView view = new DashboardView(new DashboardViewModel(s.dashboard(), w.runner()), w.i18n(),
                () -> ScoreWeightsDialog.open(w.window().get(), w.i18n(), s.scores(), w.runner(), w.changes()::changed,
                        w.main()::setMessage));
        return Area.of(view.root(), view::refresh);
    }
}
