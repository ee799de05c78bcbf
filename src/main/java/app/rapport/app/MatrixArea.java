package app.rapport.app;

import app.rapport.ui.main.Area;
import app.rapport.ui.matrix.MatrixView;
import app.rapport.ui.matrix.MatrixViewModel;

/** The cooperation matrix; reloaded each time it is shown, so renamed or trashed contacts show right. */
final class MatrixArea {
    private MatrixArea() {
    }

    static Area create(Workbench w) {
        MatrixView view = new MatrixView(new MatrixViewModel(w.services().cooperation(), w.runner()), w.i18n(), w.main(),
                w.services().contacts(), w.runner(), w.openContact()::accept);
        return Area.of(view.root(), view::refresh);
    }
}
