package app.rapport.app;

import app.rapport.ui.main.Area;
import app.rapport.ui.review.ReviewView;
import app.rapport.ui.review.ReviewViewModel;
import javafx.scene.Node;

/** Review: who needs attention, one at a time by keyboard (its keys apply only while shown); it resumes where the user stopped. */
final class ReviewArea implements Area {
    private final ReviewView view;

    ReviewArea(Workbench w) {
        Services s = w.services();
        view = new ReviewView(new ReviewViewModel(s.reviews(), w.runner(), s.clock()), w.i18n(), w.main(), w.quickLog(),
                w.openContact()::accept);
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void onShow() {
        view.open();
    }

    @Override
    public void onChange() {
        // the card on screen stays: a change elsewhere shows with the next card
    }

    @Override
    public Shortcuts shortcuts() {
        return Shortcuts.of(view::installShortcuts, view::uninstallShortcuts);
    }
}
