package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService.Leave;
import app.rapport.ui.common.DialogService.Question;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.interactions.QuickLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Contacts workspace's decisions, without a window: unsaved changes on leaving, trash and undo, Escape, Ctrl+L. */
class ContactsWorkspaceViewModelTest {
    static final Clock CLOCK = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    TestDatabase db;
    DirectTaskRunner runner = new DirectTaskRunner();
    ScriptedDialogs dialogs = new ScriptedDialogs();
    /** What the toasts said, in bundle keys, and their Undo to press. */
    List<String> shown = new ArrayList<>();
    List<Runnable> undos = new ArrayList<>();
    List<String> logged = new ArrayList<>();
    ContactsViewModel list;
    ContactEditorViewModel editor;
    ContactsWorkspaceViewModel ws;
    long anna;
    long boris;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        anna = db.repository().insert(person("Anna", "Müller").build());
        boris = db.repository().insert(person("Boris", "Ivanov").build());
        list = new ContactsViewModel(db.service(), runner);
        editor = new ContactEditorViewModel(db.service(), runner);
        QuickLog quickLog = new QuickLog() {
            @Override
            public void open(List<Long> contactIds, String who, Runnable onSaved) {
                logged.add(contactIds + " " + who);
                onSaved.run();
            }

            @Override
            public void edit(long interactionId, String who, Runnable onSaved) {
                logged.add("edit " + interactionId + " " + who);
            }
        };
        ContactDetails details = new ContactDetails(new TiesViewModel(db.relationships(), runner, dialogs),
                new TimelineViewModel(db.interactions(), db.ledger(), db.keepInTouch(), runner, CLOCK),
                new RelationshipViewModel(db.relationships(), db.scores(), runner, CLOCK), quickLog, db.service(),
                runner, dialogs);
        ws = new ContactsWorkspaceViewModel(list, editor, details, dialogs, new ContactsWorkspaceViewModel.Notices() {
            @Override
            public void show(Words text, Words action, Runnable act) {
                shown.add(text.key() + text.args());
                undos.add(act);
            }

            @Override
            public void hide() {
                shown.add("hidden");
            }
        });
        list.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String storedGiven(long id) {
        return db.service().find(id).orElseThrow().name().given();
    }

    @Test
    void leavingWithoutChangesAsksNothing() {
        ws.open(anna);
        AtomicBoolean went = new AtomicBoolean();
        assertThat(ws.leave(() -> went.set(true))).isTrue();
        assertThat(went).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void leavingWithChangesAsksAndStayKeepsTheEdit() {
        ws.open(anna);
        editor.givenProperty().set("Annette");
        dialogs.leaving(Leave.STAY);
        AtomicBoolean went = new AtomicBoolean();
        assertThat(ws.leave(() -> went.set(true))).isFalse();
        assertThat(went).isFalse();
        assertThat(editor.givenProperty().get()).isEqualTo("Annette");
        assertThat(storedGiven(anna)).isEqualTo("Anna");
        Question q = dialogs.questions.get(0);
        assertThat(q.header()).isEqualTo(Words.of("contacts.unsaved.header", "Anna Müller"));
        assertThat(q.title().key()).isEqualTo("contacts.unsaved.title");
        assertThat(q.body().key()).isEqualTo("contacts.unsaved.body");
        assertThat(q.goAhead().key()).isEqualTo("contacts.unsaved.save");
    }

    @Test
    void dontSaveDropsTheEditAndGoesOn() {
        ws.open(anna);
        editor.givenProperty().set("Annette");
        dialogs.leaving(Leave.DISCARD);
        AtomicBoolean went = new AtomicBoolean();
        assertThat(ws.leave(() -> went.set(true))).isTrue();
        assertThat(went).isTrue();
        assertThat(ws.changes().isDirty()).isFalse();
        assertThat(storedGiven(anna)).isEqualTo("Anna");
    }

    @Test
    void saveStoresTheEditThenGoesOn() {
        ws.open(anna);
        editor.givenProperty().set("Annette");
        dialogs.leaving(Leave.SAVE);
        AtomicBoolean went = new AtomicBoolean();
        assertThat(ws.leave(() -> went.set(true))).isTrue();
        assertThat(went).isTrue();
        assertThat(storedGiven(anna)).isEqualTo("Annette");
        assertThat(shown).containsExactly("editor.saved[Annette Müller]");
    }

    @Test
    void aSaveRefusedOnLeavingStaysAndShowsWhere() {
        List<ContactChanges.Refused> refused = new ArrayList<>();
        ws.setOnRefused(refused::add);
        ws.open(anna);
        editor.givenProperty().set("");
        editor.familyProperty().set("");
        dialogs.leaving(Leave.SAVE);
        AtomicBoolean went = new AtomicBoolean();
        assertThat(ws.leave(() -> went.set(true))).isFalse();
        assertThat(went).isFalse();
        assertThat(refused).containsExactly(ContactChanges.Refused.DETAILS);
    }

    @Test
    void aNewContactWithoutANameIsAskedAboutAsANewPerson() {
        ws.startNew(ContactKind.PERSON);
        editor.notesProperty().set("met at the fair");
        dialogs.leaving(Leave.STAY);
        assertThat(ws.canClose()).isFalse();
        assertThat(dialogs.questions.get(0).header()).isEqualTo(Words.of("contacts.unsaved.header.new"));
    }

    @Test
    void showingAContactFromElsewhereAsksFirstAndStayShowsNothing() {
        ws.open(anna);
        editor.givenProperty().set("Annette");
        list.searchTextProperty().set("Boris");
        dialogs.leaving(Leave.STAY);
        ws.show(boris);
        assertThat(list.searchTextProperty().get()).isEqualTo("Boris");
        dialogs.leaving(Leave.DISCARD);
        ws.show(boris);
        assertThat(list.searchTextProperty().get()).isEmpty();
        assertThat(list.selectAfterRefreshProperty().get()).isEqualTo(boris); // selected once the list answers
        assertThat(dialogs.done()).isTrue();
    }

    @Test
    void trashingTheShownContactClosesItAndUndoBringsItBack() {
        ws.open(anna);
        ws.trashShown(boris);
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(ws.shownId()).isZero();
        assertThat(list.resultCountProperty().get()).isEqualTo(1);
        assertThat(list.selectAfterRefreshProperty().get()).isEqualTo(boris);
        assertThat(shown).containsExactly("contacts.trashed[Anna Müller]");
        ws.undo();
        assertThat(list.resultCountProperty().get()).isEqualTo(2);
        assertThat(shown).endsWith("hidden");
        undos.get(0).run(); // the toast's Undo after Ctrl+Z does nothing more
        assertThat(shown).containsExactly("contacts.trashed[Anna Müller]", "hidden");
    }

    @Test
    void ctrlZUndoesTheLastDeletionFirst() {
        ws.trash(anna, "Anna Müller", null);
        ws.trash(boris, "Boris Ivanov", null);
        assertThat(list.resultCountProperty().get()).isZero();
        ws.undo();
        assertThat(db.service().find(boris)).isPresent();
        assertThat(list.resultCountProperty().get()).isEqualTo(1);
        ws.undo();
        assertThat(list.resultCountProperty().get()).isEqualTo(2);
    }

    @Test
    void escapeClearsTheSearchThenRevertsThenAbandonsANewContact() {
        list.searchTextProperty().set("Anna");
        assertThat(ws.escape(true, false)).isEqualTo(ContactsWorkspaceViewModel.Escape.CLEARED_SEARCH);
        assertThat(list.searchTextProperty().get()).isEmpty();
        ws.open(anna);
        editor.givenProperty().set("Annette");
        assertThat(ws.escape(false, false)).as("the edit is only reverted from the form")
                .isEqualTo(ContactsWorkspaceViewModel.Escape.NOTHING);
        assertThat(ws.escape(false, true)).isEqualTo(ContactsWorkspaceViewModel.Escape.REVERTED);
        assertThat(editor.givenProperty().get()).isEqualTo("Anna");
        ws.startNew(ContactKind.ORGANISATION);
        assertThat(ws.escape(false, true)).isEqualTo(ContactsWorkspaceViewModel.Escape.ABANDONED_NEW);
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void ctrlLLogsWithTheShownContactElseTheSelectedOne() {
        ws.quickLog(0, null);
        assertThat(logged).as("nobody shown or selected").isEmpty();
        ws.quickLog(boris, "Boris Ivanov");
        ws.open(anna);
        ws.quickLog(boris, "Boris Ivanov");
        assertThat(logged).containsExactly("[" + boris + "] Boris Ivanov", "[" + anna + "] Anna Müller");
        assertThat(shown).containsExactly("log.saved[]", "log.saved[]");
    }

    @Test
    void mergeAsksAboutUnsavedChangesFirst() {
        List<Long> merged = new ArrayList<>();
        ws.open(anna);
        editor.givenProperty().set("Annette");
        dialogs.leaving(Leave.STAY);
        ws.merge(merged::add);
        assertThat(merged).isEmpty();
        dialogs.leaving(Leave.SAVE);
        ws.merge(merged::add);
        assertThat(merged).containsExactly(anna);
    }

    @Test
    void deleteWithNoLoadedRowSelectedTrashesNothingNotEvenANewContact() {
        ws.startNew(ContactKind.PERSON);
        editor.givenProperty().set("Carla");
        ws.trash(0, null, null);
        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.givenProperty().get()).isEqualTo("Carla");
        assertThat(list.resultCountProperty().get()).isEqualTo(2);
        assertThat(shown).isEmpty();
    }

    @Test
    void refreshingKeepsTheSelectedRowSelected() {
        ws.refresh(boris);
        assertThat(list.selectAfterRefreshProperty().get()).isEqualTo(boris);
    }
}
