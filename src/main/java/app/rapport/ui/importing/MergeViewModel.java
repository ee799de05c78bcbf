package app.rapport.ui.importing;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import app.rapport.service.SaveOutcome;
import app.rapport.service.duplicates.MergePreview;
import app.rapport.service.duplicates.MergeService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two contacts side by side and what the kept one holds after the merge, field by field; Swap keeps
 * the other one instead; Merge writes it in one transaction.
 */
public final class MergeViewModel {
    /** One field of the two contacts and of the merged one, as text; {@code fieldKey} is its label's key. */
    public record FieldRow(String fieldKey, String keep, String gone, String merged) {
    }

    private final MergeService service;
    private final TaskRunner runner;
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MergePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Function<Birthday, String> birthdays;
    private long keepId;
    private long goneId;

    /** @param birthdays how a birthday reads in the user's language and calendar */
    public MergeViewModel(MergeService service, TaskRunner runner, Function<Birthday, String> birthdays) {
        this.service = service;
        this.runner = runner;
        this.birthdays = birthdays;
    }

    /** Shows {@code goneId} merged into {@code keepId}. */
    public void load(long keep, long gone) {
        keepId = keep;
        goneId = gone;
        busy.set(true);
        runner.run(() -> service.preview(keep, gone), found -> {
            busy.set(false);
            if (found.isEmpty()) {
                errorKey.set("error.contact.gone");
                return;
            }
            errorKey.set(null);
            preview.set(found.get());
            rows.setAll(rows(found.get()));
        }, this::fail);
    }

    /** Keeps the other contact instead. */
    public void swap() {
        load(goneId, keepId);
    }

    /** Merges; {@code onMerged} hears the kept contact's id. */
    public void merge(LongConsumer onMerged) {
        long keep = keepId;
        busy.set(true);
        runner.run(() -> service.merge(keep, goneId), (SaveOutcome<Contact> outcome) -> {
            busy.set(false);
            if (outcome.ok()) {
                errorKey.set(null);
                onMerged.accept(keep);
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, this::fail);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        errorKey.set(UserMessages.keyFor(failure));
    }

    private List<FieldRow> rows(MergePreview p) {
        return List.of(
                row("merge.field.name", p, Contact::displayName),
                row("merge.field.organisation", p, Contact::organisation),
                row("merge.field.title", p, Contact::title),
                row("merge.field.birthday", p, c -> birthdays.apply(c.birthday())),
                row("merge.field.emails", p, c -> lines(c.emails(), Email::address)),
                row("merge.field.phones", p, c -> lines(c.phones(), Phone::number)),
                row("merge.field.addresses", p, c -> lines(c.addresses(), PostalAddress::oneLine)),
                row("merge.field.websites", p, c -> lines(c.websites(), Website::url)),
                row("merge.field.tags", p, c -> String.join(", ", c.tags())),
                row("merge.field.notes", p, Contact::notes));
    }

    private static FieldRow row(String key, MergePreview p, Function<Contact, String> field) {
        return new FieldRow(key, field.apply(p.keep()), field.apply(p.gone()), field.apply(p.merged()));
    }

    private static <T> String lines(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    public ObservableList<FieldRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<MergePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
