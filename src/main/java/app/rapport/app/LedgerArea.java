package app.rapport.app;

import app.rapport.ui.ledger.LedgerView;
import app.rapport.ui.ledger.LedgerViewModel;
import app.rapport.ui.main.Area;

/** The ledger over all contacts. */
final class LedgerArea {
    private LedgerArea() {
    }

    static Area create(Workbench w) {
        LedgerViewModel vm = new LedgerViewModel(w.services().ledger(), w.runner(), w.services().clock());
        LedgerView view = new LedgerView(vm, w.i18n(), w.openContact()::accept);
        return Area.of(view.root(), vm::refresh);
    }
}
