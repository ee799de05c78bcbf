package app.rapport.app;

import app.rapport.service.today.TodayService;
import app.rapport.ui.main.Area;
import app.rapport.ui.today.TodayView;
import app.rapport.ui.today.TodayViewModel;

/** Today: what to do about the network today, in lanes with counts; the daily pick; every action undoable. */
final class TodayArea {
    static final String ID = "todayArea";

    private TodayArea() {
    }

    static Area create(Workbench w) {
        Services s = w.services();
        TodayService service = s.today();
        TodayViewModel vm = new TodayViewModel(service, w.runner(), s.clock(), w.changes());
        TodayView view = new TodayView(vm, w.i18n(), w.quickLog(), w.openContact()::accept);
        if (Boolean.getBoolean(RapportApp.FIRST_FRAME_PROPERTY)) {
            FirstFrame.reportWhenLoaded(() -> w.window().get().getScene(), vm.loadedProperty());
        }
        // left open overnight, the lanes turn to the new day: a look at the clock once a minute while shown
        javafx.animation.Timeline dayWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.minutes(1), e -> view.refreshIfNewDay()));
        dayWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        return new Area() {
            @Override
            public javafx.scene.Node root() {
                return view.root();
            }

            @Override
            public void onShow() {
                view.refresh();
                dayWatch.play();
            }

            @Override
            public void onChange() {
                view.refresh();
            }

            @Override
            public void onHide() {
                dayWatch.stop();
            }
        };
    }
}
