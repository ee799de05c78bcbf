package app.rapport.app;

import app.rapport.persistence.today.JdbiTodayRepository;
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
        TodayService service = new TodayService(s.keepInTouch(), s.interactions(), new JdbiTodayRepository(s.database()));
        TodayView view = new TodayView(new TodayViewModel(service, w.runner(), s.clock(), w.changes()), w.i18n(),
                w.quickLog(), w.openContact()::accept);
        return Area.of(view.root(), view::refresh);
    }
}
