package app.rapport.ui.ledger;

import app.rapport.domain.ledger.LedgerOverview;
import app.rapport.service.ledger.LedgerService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The ledger over all contacts: who referred business to me, whom I owe most, who only received. */
public final class LedgerViewModel {
    private static final int LIMIT = 50;

    private final LedgerService ledger;
    private final TaskRunner runner;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<LedgerOverview> overview =
            new ReadOnlyObjectWrapper<>(new LedgerOverview(List.of(), List.of(), List.of()));
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public LedgerViewModel(LedgerService ledger, TaskRunner runner, Clock clock) {
        this.ledger = ledger;
        this.runner = runner;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> ledger.overview(today, LIMIT), o -> {
            errorKey.set(null);
            overview.set(o);
            loaded.set(true);
        }, failure -> {
            errorKey.set(UserMessages.keyFor(failure));
            loaded.set(true);
        });
    }

    /** A contact as the tables name them: a flagged one with the flag after the name. */
    public static String name(app.rapport.domain.ledger.LedgerRow row) {
        return row.flagged() ? row.name() + "  \u2691" : row.name();
    }

    public ReadOnlyObjectProperty<LedgerOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** False until the first query has answered: until then the view says "Loading…", not "none". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
