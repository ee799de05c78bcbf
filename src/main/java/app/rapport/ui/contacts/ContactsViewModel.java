package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.SortField;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the contacts list: the query (search text, filters, order), its result and the trash
 * with undo. Every change to the query runs it again in SQL; the newest query wins.
 */
public final class ContactsViewModel {

    /** A contact that was just moved to the trash and can be brought back. */
    public record Trashed(long id, String name) {
    }

    private final ContactService contacts;
    private final TaskRunner runner;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ContactKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<SortField> sortField = new SimpleObjectProperty<>(SortField.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<ContactListModel> items;
    private final ReadOnlyIntegerWrapper resultCount = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> tags = FXCollections.observableArrayList((String) null);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trashed> lastTrashed = new ReadOnlyObjectWrapper<>();
    private final Deque<Trashed> trashed = new ArrayDeque<>();

    /** The contact to select once the next result arrives (after a save, say). */
    private final ObjectProperty<Long> selectAfterRefresh = new SimpleObjectProperty<>();
    private long generation;
    private final Thumbnails thumbnails;

    public ContactsViewModel(ContactService contacts, TaskRunner runner) {
        this.contacts = contacts;
        this.runner = runner;
        this.thumbnails = new Thumbnails(contacts::thumbnails, runner);
        this.items = new ReadOnlyObjectWrapper<>(ContactListModel.empty(runner));
        searchText.addListener((obs, old, now) -> refresh());
        kindFilter.addListener((obs, old, now) -> refresh());
        tagFilter.addListener((obs, old, now) -> refresh());
        showArchived.addListener((obs, old, now) -> refresh());
    }

    /** The list's small photos, loaded as rows show. */
    public Thumbnails thumbnails() {
        return thumbnails;
    }

    public ContactQuery query() {
        return new ContactQuery(searchText.get(), kindFilter.get(), tagFilter.get(), showArchived.get(),
                sortField.get(), ascending.get());
    }

    /** Runs the current query; a result that arrives after a newer query started is dropped. */
    public void refresh() {
        long mine = ++generation;
        ContactQuery query = query();
        runner.run(() -> contacts.search(query), ids -> {
            if (mine != generation) {
                return;
            }
            thumbnails.clear();
            errorKey.set(null);
            ContactListModel model = new ContactListModel(ids, contacts::summaries, runner, this::failed);
            resultCount.set(ids.length);
            items.set(model);
        }, this::failed);
    }

    public void sortBy(SortField field, boolean asc) {
        if (field == sortField.get() && asc == ascending.get()) {
            return;
        }
        sortField.set(field);
        ascending.set(asc);
        refresh();
    }

    /** Reloads the tag choices, keeping the chosen tag if it still exists. */
    public void reloadTags() {
        runner.run(contacts::tags, list -> {
            String chosen = tagFilter.get();
            List<String> choices = new ArrayList<>(list.size() + 1);
            choices.add(null); // "all tags"
            choices.addAll(list);
            tags.setAll(choices);
            if (chosen != null && !list.contains(chosen)) {
                tagFilter.set(null);
            }
        }, this::failed);
    }

    /** Moves a contact to the trash; {@link #undoTrash()} brings it back. */
    public void trash(long id, String name) {
        runner.run(() -> {
            contacts.moveToTrash(id);
            return id;
        }, done -> {
            Trashed t = new Trashed(id, name);
            trashed.push(t);
            lastTrashed.set(t);
            refresh();
            reloadTags();
        }, this::failed);
    }

    /** Restores the contact trashed last. @return false when there is nothing to undo */
    public boolean undoTrash() {
        Trashed t = trashed.poll();
        if (t == null) {
            return false;
        }
        lastTrashed.set(null);
        runner.run(() -> {
            contacts.restore(t.id());
            return t.id();
        }, id -> {
            selectAfterRefresh.set(id);
            refresh();
            reloadTags();
        }, this::failed);
        return true;
    }

    public boolean canUndo() {
        return !trashed.isEmpty();
    }

    /** After a save: show the saved contact selected in the refreshed list. */
    public void showSaved(long id) {
        selectAfterRefresh.set(id);
        refresh();
        reloadTags();
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ContactKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ReadOnlyObjectProperty<ContactListModel> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty resultCountProperty() {
        return resultCount.getReadOnlyProperty();
    }

    /** Tags to filter by; the first entry, null, stands for all tags. */
    public ObservableList<String> tagChoices() {
        return tags;
    }

    /**
     * What an empty list says: no contact matches the search or filters, or there is none yet (the words
     * then name the shortcut for a new person, its one argument).
     */
    public String emptyKey() {
        boolean searching = !searchText.get().isBlank() || kindFilter.get() != null || tagFilter.get() != null;
        return searching ? "contacts.noMatch" : "contacts.empty";
    }

    /** Key of the message for the last failure, or null. */
    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trashed> lastTrashedProperty() {
        return lastTrashed.getReadOnlyProperty();
    }

    public ObjectProperty<Long> selectAfterRefreshProperty() {
        return selectAfterRefresh;
    }

    public SortField sortField() {
        return sortField.get();
    }

    public boolean ascending() {
        return ascending.get();
    }

}
