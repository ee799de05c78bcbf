package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.Playbook;
import app.rapport.service.keepintouch.PlaybookService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The card playbook's four steps as checklists built from the data, each with its progress. */
public final class PlaybooksViewModel {
    private final PlaybookService playbooks;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Playbook> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    public PlaybooksViewModel(PlaybookService playbooks, TaskRunner runner, Clock clock) {
        this.playbooks = playbooks;
        this.runner = runner;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> playbooks.playbooks(today), list -> {
            errorKey.set(null);
            items.setAll(list);
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public ObservableList<Playbook> playbooks() {
        return items;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
