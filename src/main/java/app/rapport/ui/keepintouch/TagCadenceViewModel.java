package app.rapport.ui.keepintouch;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.ties.RelationshipService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Default keep-in-touch cadences per tag ("client: every 3 months"). A contact's own cadence wins;
 * with several tags, the shortest default applies.
 */
public final class TagCadenceViewModel {
    /** One tag and its default cadence, or null for none. */
    public record Row(String tag, Cadence cadence) {
    }

    private final RelationshipService relationships;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<Cadence.Unit> unit = new SimpleObjectProperty<>(Cadence.Unit.MONTHS);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    public TagCadenceViewModel(RelationshipService relationships, ContactService contacts, TaskRunner runner) {
        this.relationships = relationships;
        this.contacts = contacts;
        this.runner = runner;
        tag.addListener((obs, old, now) -> rows.stream().filter(r -> r.tag().equals(now)).findFirst().ifPresent(r -> {
            amount.set(r.cadence() == null ? "" : Integer.toString(r.cadence().amount()));
            unit.set(r.cadence() == null ? Cadence.Unit.MONTHS : r.cadence().unit());
        }));
    }

    private record Loaded(List<String> tags, Map<String, Cadence> cadences) {
    }

    public void load() {
        runner.run(() -> new Loaded(contacts.tags(), relationships.tagCadences()), loaded -> {
            rows.setAll(loaded.tags().stream().map(t -> new Row(t, loaded.cadences().get(t))).toList());
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /** Sets the chosen tag's cadence from the fields; an empty amount removes it. */
    public void save() {
        String chosen = tag.get();
        if (chosen == null) {
            return;
        }
        Cadence cadence;
        if (amount.get().isBlank()) {
            cadence = null;
        } else {
            try {
                cadence = new Cadence(Integer.parseInt(amount.get().strip()), unit.get());
            } catch (IllegalArgumentException e) {
                errorKey.set("error.cadence.positive");
                return;
            }
        }
        runner.run(() -> relationships.setTagCadence(chosen, cadence), (List<Problem> problems) -> {
            if (problems.isEmpty()) {
                errorKey.set(null);
                load();
            } else {
                errorKey.set(problems.get(0).messageKey());
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<Cadence.Unit> unitProperty() {
        return unit;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
