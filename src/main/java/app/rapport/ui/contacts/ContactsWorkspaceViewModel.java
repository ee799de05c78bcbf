package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.ui.common.DialogService.Leave;
import app.rapport.ui.common.DialogService.Question;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.UndoHistory;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The decisions of the Contacts workspace, without the toolkit: what happens to unsaved changes on
 * leaving the shown contact, saving, the trash and its undo (of contacts and interactions alike), what
 * Escape and Ctrl+L do, and which contact a request from elsewhere shows. The view binds and forwards.
 */
public final class ContactsWorkspaceViewModel {
    /** A short message at the top of the window, in bundle words, with at most one action (Undo). */
    public interface Notices {
        void show(Words text, Words action, Runnable act);

        void hide();
    }

    /** What Escape did, so the view can move the focus. */
    public enum Escape { CLEARED_SEARCH, REVERTED, ABANDONED_NEW, NOTHING }

    private final ContactsViewModel list;
    private final ContactEditorViewModel editor;
    private final ContactDetails details;
    private final ContactChanges changes;
    private final DialogService dialogs;
    private final Notices notices;
    /** Deletions Ctrl+Z undoes, last first: contacts and interactions alike. */
    private final UndoHistory undoHistory = new UndoHistory();
    /** The id shown in the editor; a re-delivered row of the same contact does not reload it. */
    private long shownId;
    private Consumer<ContactChanges.Refused> onRefused = refused -> { };

    public ContactsWorkspaceViewModel(ContactsViewModel list, ContactEditorViewModel editor, ContactDetails details,
                                      DialogService dialogs, Notices notices) {
        this.list = list;
        this.editor = editor;
        this.details = details;
        this.changes = new ContactChanges(editor, details.relationship());
        this.dialogs = dialogs;
        this.notices = notices;
        list.lastTrashedProperty().addListener((obs, old, t) -> {
            if (t != null) {
                Runnable step = list::undoTrash; // brings back the contact trashed last, which is this one
                undoable(step, Words.of("contacts.trashed", t.name()));
            }
        });
        // the tabs beside the form follow the shown contact
        editor.contactIdProperty().addListener((obs, old, id) -> loadDetails(id.longValue()));
    }

    private void loadDetails(long id) {
        details.ties().load(id);
        details.timeline().load(id);
        details.relationship().load(id);
    }

    public ContactChanges changes() {
        return changes;
    }

    /** Where a save refused input, for the view to show: the form's first problem or the Relationship tab. */
    public void setOnRefused(Consumer<ContactChanges.Refused> action) {
        onRefused = action;
    }

    public long shownId() {
        return shownId;
    }

    /**
     * Runs {@code next} once unsaved changes of the shown contact are dealt with: the user saves them
     * (then {@code next} runs once they are stored), drops them, or stays.
     *
     * @return false when the user stayed or the save was refused
     */
    public boolean leave(Runnable next) {
        if (!changes.isDirty()) {
            next.run();
            return true;
        }
        Leave answer = dialogs.askBeforeLeaving(unsaved(editor.headingProperty().get()));
        if (answer == Leave.STAY) {
            return false;
        }
        if (answer == Leave.DISCARD) {
            changes.revert();
            next.run();
            return true;
        }
        return refused(changes.save(id -> {
            saved(id);
            next.run();
        }));
    }

    /** The question about unsaved changes of the contact named {@code name} (empty: not named yet). */
    static Question unsaved(String name) {
        Words header = name == null || name.isEmpty() ? Words.of("contacts.unsaved.header.new")
                : Words.of("contacts.unsaved.header", name);
        return Question.of("unsavedChanges", Words.of("contacts.unsaved.title"), header,
                Words.of("contacts.unsaved.body"), Words.of("contacts.unsaved.save"));
    }

    /** True when leaving now loses no typed input (asks the user if needed). */
    public boolean canClose() {
        return leave(() -> { });
    }

    /** Shows a contact chosen in the list. */
    public void open(long id) {
        if (list.selectAfterRefreshProperty().get() != null) {
            // a save on leaving asked to select the saved contact after the refresh; the user chose this one
            list.selectAfterRefreshProperty().set(id);
        }
        shownId = id;
        editor.load(id);
    }

    /** An empty form for a new person or organisation; call it from {@link #leave}. */
    public void startNew(ContactKind kind) {
        shownId = 0;
        if (kind == ContactKind.PERSON) {
            editor.newPerson();
        } else {
            editor.newOrganisation();
        }
    }

    /** Ctrl+S and the Save buttons: saves the shown contact, all its tabs together. */
    public void save() {
        if (editor.editingProperty().get()) {
            refused(changes.save(this::saved));
        }
    }

    private boolean refused(ContactChanges.Refused refused) {
        if (refused != null) {
            onRefused.accept(refused);
        }
        return refused == null;
    }

    private void saved(long id) {
        shownId = id;
        notices.show(Words.of("editor.saved", editor.headingProperty().get()), null, null);
        list.showSaved(id);
    }

    /** Shows one contact from elsewhere: clears the search and filters so it is in the list, and selects it. */
    public void show(long id) {
        if (!canClose()) {
            return;
        }
        list.selectAfterRefreshProperty().set(id);
        list.searchTextProperty().set("");
        list.kindFilterProperty().set(null);
        list.tagFilterProperty().set(null);
        list.showArchivedProperty().set(true);
        list.refresh(); // the newest query wins, so the changes above cost at most one extra query
    }

    /**
     * Runs the list's query again (after work in another area), keeping the selected row selected.
     *
     * @param selected the contact selected in the list, or null
     */
    public void refresh(Long selected) {
        if (selected != null) {
            list.selectAfterRefreshProperty().set(selected);
        }
        refresh();
    }

    /** Runs the list's query again (after work in another area); the shown contact's timeline and form too. */
    public void refresh() {
        list.refresh();
        if (editor.contactIdProperty().get() != 0) {
            details.timeline().reload();
            editor.reloadIfUnchanged();
        }
    }

    /** Moves the shown contact to the trash. @param next the contact to select afterwards, or null */
    public void trashShown(Long next) {
        long id = editor.contactIdProperty().get();
        if (id != 0) {
            trash(id, editor.headingProperty().get(), next);
        }
    }

    /**
     * Moves a contact to the trash, with Undo on its message and Ctrl+Z; the form closes when it showed it.
     *
     * @param next the contact to select once the list reloads (the cursor stays where it was), or null
     */
    public void trash(long id, String name, Long next) {
        if (id == 0) {
            return; // no row selected, or its page not loaded yet
        }
        if (id == editor.contactIdProperty().get()) {
            editor.clear();
            shownId = 0;
        }
        list.trash(id, name);
        if (next != null) {
            list.selectAfterRefreshProperty().set(next);
        }
    }

    /** An interaction went to the trash: Undo on its message and Ctrl+Z bring it back. */
    public void interactionDeleted(long interactionId) {
        list.refresh(); // the last contact shown in the list may have changed
        undoable(() -> details.timeline().restore(interactionId, list::refresh), Words.of("timeline.deleted"));
    }

    private void undoable(Runnable step, Words message) {
        undoHistory.push(step);
        notices.show(message, Words.of("contacts.undo"), () -> {
            if (undoHistory.undo(step)) {
                notices.hide();
            }
        });
    }

    /** Ctrl+Z: undoes the last deletion, of a contact or of an interaction, and its message goes. */
    public void undo() {
        if (undoHistory.undoLast()) {
            notices.hide();
        }
    }

    /**
     * Escape clears the search, reverts unsaved edits, or abandons a new contact, in that order.
     *
     * @param inSearch the search field has the focus
     * @param inEditor the focus is in the form or its tabs
     */
    public Escape escape(boolean inSearch, boolean inEditor) {
        if (inSearch && !list.searchTextProperty().get().isEmpty()) {
            list.searchTextProperty().set("");
            return Escape.CLEARED_SEARCH;
        }
        if (changes.isDirty() && inEditor) {
            changes.revert();
            return Escape.REVERTED;
        }
        if (editor.editingProperty().get() && editor.contactIdProperty().get() == 0) {
            editor.clear();
            return Escape.ABANDONED_NEW;
        }
        return Escape.NOTHING;
    }

    /**
     * Ctrl+L: logs an interaction with the shown contact or, with none shown, the one selected in the list.
     *
     * @param selectedId the contact selected in the list, 0 for none
     */
    public void quickLog(long selectedId, String selectedName) {
        long id = editor.contactIdProperty().get();
        String name = editor.headingProperty().get();
        if (id == 0) {
            id = selectedId;
            name = selectedName;
        }
        if (id == 0) {
            return;
        }
        details.quickLog().open(List.of(id), name, () -> {
            details.timeline().reload();
            list.refresh();
            notices.show(Words.of("log.saved"), null, null);
        });
    }

    /** Changes a logged interaction of the shown contact. */
    public void editInteraction(long interactionId) {
        details.quickLog().edit(interactionId, editor.headingProperty().get(), () -> {
            details.timeline().reload();
            list.refresh();
        });
    }

    /** "Merge with…": the shown contact, saved first (unsaved edits are asked about). */
    public void merge(LongConsumer action) {
        long id = editor.contactIdProperty().get();
        if (id != 0 && canClose()) {
            action.accept(id);
        }
    }

    /** "Brief for a meeting…" with the shown contact. */
    public void brief(LongConsumer action) {
        long id = editor.contactIdProperty().get();
        if (id != 0) {
            action.accept(id);
        }
    }
}
