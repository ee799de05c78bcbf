package app.rapport.app;

import app.rapport.ui.main.Area;
import app.rapport.ui.matrix.MatrixView;
import app.rapport.ui.matrix.MatrixViewModel;
import javafx.scene.Node;

/** The cooperation matrix (seed 003); reloaded each time it is shown, so renamed or trashed contacts show right. */
final class MatrixArea implements Area {
    private final MatrixView view;

    MatrixArea(Workbench w) {
        view = new MatrixView(new MatrixViewModel(w.services().cooperation(), w.runner()), w.i18n(), w.main(),
                w.services().contacts(), w.runner(), w.openContact()::accept);
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
