package app.rapport.app;

import app.rapport.ui.cards.CardBuilderViewModel;
import app.rapport.ui.cards.CardDialogs;
import app.rapport.ui.cards.CardOutputs;
import app.rapport.ui.cards.CardsView;
import app.rapport.ui.cards.CardsViewModel;
import app.rapport.ui.main.Area;
import java.time.LocalDate;

/** Card lists: build, mark, print. */
final class CardsArea {
    private CardsArea() {
    }

    static Area create(Workbench w) {
        Services s = w.services();
        CardDialogs dialogs = new CardDialogs(w.window(), w.i18n(),
                () -> new CardBuilderViewModel(s.cards(), w.runner(), LocalDate.now(s.clock()),
                        w.i18n().get("cards.builder.defaultOccasion")),
                s.contacts(), w.runner());
        CardOutputs outputs = new CardOutputs(w.window(), w.i18n(), w.runner(), s.documents(), w.main()::setMessage);
        CardsViewModel vm = new CardsViewModel(s.cards(), s.settings(), w.runner(), w.dialogs());
        CardsView view = new CardsView(vm, w.i18n(), w.main(), dialogs, outputs);
        return Area.of(view.root(), view::refresh);
    }
}
