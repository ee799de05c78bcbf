package app.rapport.app;

import app.rapport.ui.keepintouch.KeepInTouchView;
import app.rapport.ui.keepintouch.KeepInTouchViewModel;
import app.rapport.ui.keepintouch.PlaybooksView;
import app.rapport.ui.keepintouch.PlaybooksViewModel;
import app.rapport.ui.keepintouch.TagCadenceDialog;
import app.rapport.ui.keepintouch.TagCadenceViewModel;
import app.rapport.ui.main.Area;
import java.util.List;

/** Keep in touch: who is due, most urgent first; log, snooze or open from each row; the playbooks. */
final class KeepInTouchArea {
    private KeepInTouchArea() {
    }

    static Area create(Workbench w) {
        Services s = w.services();
        KeepInTouchViewModel vm = new KeepInTouchViewModel(s.keepInTouch(), w.runner(), s.clock());
        PlaybooksView playbooks = new PlaybooksView(new PlaybooksViewModel(s.playbooks(), w.runner(), s.clock()), w.i18n(),
                (item, refresh) -> w.quickLog().open(List.of(item.contactId()), item.name(), refresh), w.openContact()::accept);
        KeepInTouchView view = new KeepInTouchView(vm, playbooks, w.i18n(),
                item -> w.quickLog().open(List.of(item.contactId()), item.name(), vm::refresh),
                w.openContact()::accept, () -> {
                    new TagCadenceDialog(w.window().get(),
                            new TagCadenceViewModel(s.relationships(), s.contacts(), w.runner()), w.i18n()).showAndWait();
                    vm.refresh();
                });
        return Area.of(view.root(), view::refresh);
    }
}
