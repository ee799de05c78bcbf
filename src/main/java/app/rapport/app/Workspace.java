package app.rapport.app;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.io.sync.SecretStores;
import app.rapport.service.calendar.CalendarKeeper;
import app.rapport.ui.backup.BackupsView;
import app.rapport.ui.backup.BackupsViewModel;
import app.rapport.ui.calendar.CalendarFileView;
import app.rapport.ui.calendar.CalendarFileViewModel;
import app.rapport.ui.duplicates.DuplicatesDialog;
import app.rapport.ui.duplicates.DuplicatesViewModel;
import app.rapport.ui.exporting.ExportDialog;
import app.rapport.ui.exporting.ExportViewModel;
import app.rapport.ui.importing.ImportDialog;
import app.rapport.ui.importing.ImportViewModel;
import app.rapport.ui.importing.MergeDialog;
import app.rapport.ui.importing.MergeViewModel;
import app.rapport.ui.main.AreaRegistry;
import app.rapport.ui.main.MainView;
import app.rapport.ui.sync.AutoSync;
import app.rapport.ui.sync.ConflictsView;
import app.rapport.ui.sync.ConflictsViewModel;
import app.rapport.ui.sync.SyncView;
import app.rapport.ui.sync.SyncViewModel;
import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The workspace of one open database in one window: the sidebar's areas, registered here and nowhere
 * else, and its commands (Import…, Backups…, Calendar file…, Sync…). The areas hear of changes through the session's signal.
 */
final class Workspace {
    private final Session session;
    private final Workbench w;
    private final AreaRegistry areas;
    private final Runnable stopListening;
    private final CalendarKeeper calendarFile;
    private final Runnable stopCalendar;
    private final AutoSync autoSync;
    private final Timeline autoSyncClock;

    /**
     * @param firstArea the area shown first: Today when the database has contacts, Contacts when the user
     *                  starts an empty one, the area they were on when the language changes
     */
    Workspace(Session session, Workbench.Frame frame, Scene scene, WindowPlace place, Runnable chooseLanguage,
              String firstArea) {
        this.session = session;
        MainView main = frame.main();
        areas = new AreaRegistry(main, () -> scene);
        Services s = session.services();
        w = new Workbench(s, frame.runner(), frame.i18n(), main, frame.dialogs(), scene::getWindow, session.changes(),
                this::openContact, new QuickLogs(s, frame.runner(), frame.i18n(), main, scene::getWindow));
        main.clearAreas();
        areas.register(TodayArea.ID, "area.today", "mdi2w-weather-sunset-up", () -> TodayArea.create(w));
        areas.register(ContactsArea.ID, "area.contacts", "mdi2a-account-multiple-outline",
                () -> new ContactsArea(w, place, scene));
        areas.register("keepInTouchArea", "area.keepInTouch", "mdi2c-calendar-heart", () -> KeepInTouchArea.create(w));
        areas.register("ledgerArea", "area.ledger", "mdi2s-scale-balance", () -> LedgerArea.create(w));
        areas.register("networkArea", "area.network", "mdi2g-graph-outline", () -> new NetworkArea(w));
        areas.register("dashboardArea", "area.dashboard", "mdi2v-view-dashboard-outline", () -> DashboardArea.create(w));
        areas.register("cardsArea", "area.cards", "mdi2c-cards-outline", () -> CardsArea.create(w));
        areas.register("matrixArea", "area.matrix", "mdi2h-handshake-outline", () -> MatrixArea.create(w));
        areas.register("reviewArea", "area.review", "mdi2c-clipboard-check-outline", () -> new ReviewArea(w));
        main.addAction("importAction", "action.import", "mdi2i-import", this::showImport);
        main.addAction("findDuplicatesAction", "action.findDuplicates", "mdi2c-content-duplicate", this::findDuplicates);
        main.addAction("exportAction", "action.export", "mdi2e-export", this::showExport);
        main.addAction("backupsAction", "action.backups", "mdi2b-backup-restore", this::showBackups);
        main.addAction("calendarAction", "action.calendar", "mdi2c-calendar-export", this::showCalendarFile);
        main.addAction("syncAction", "action.sync", "mdi2s-sync", this::showSync);
        main.addAction("languageAction", "action.language", "mdi2t-translate", chooseLanguage);
        stopListening = session.changes().listen(areas::changed);
        // the calendar file the user chose: written now and after each change, on its own thread
        calendarFile = new CalendarKeeper(s.calendar(), s.settings(), frame.i18n()::locale, Clock.systemUTC());
        stopCalendar = session.changes().listen(calendarFile::changed);
        calendarFile.start();
        // the accounts set to sync by themselves: once soon after the window opens, then as each asks
        autoSync = new AutoSync(s.sync(), frame.runner(), SecretStores::forThisComputer, Clock.systemUTC(),
                words -> main.setMessage(words.stream().map(x -> frame.i18n().format(x.key(), x.args().toArray()))
                        .collect(java.util.stream.Collectors.joining(" "))), session.changes()::changed);
        autoSyncClock = new Timeline(new KeyFrame(AUTO_SYNC_START, e -> autoSync.tick(true)));
        autoSyncClock.setOnFinished(e -> {
            autoSyncClock.getKeyFrames().setAll(new KeyFrame(Duration.minutes(1), x -> autoSync.tick(false)));
            autoSyncClock.setCycleCount(Animation.INDEFINITE);
            autoSyncClock.play();
        });
        autoSyncClock.play();
        place.readListFrom(() -> areas.built(ContactsArea.ID));
        main.setSidebarVisible(true);
        areas.show(firstArea);
    }

    /** How long after the window opens the first automatic sync starts: the first frame and Today come first. */
    static final Duration AUTO_SYNC_START = Duration.seconds(3);

    static final String TODAY = TodayArea.ID;
    static final String CONTACTS = ContactsArea.ID;

    /** The area on screen now, for the workspace that replaces this one. */
    String shownArea() {
        String id = areas.shownId();
        return id == null ? TODAY : id;
    }

    /** Whether the window may leave this database (unsaved edits are saved or dropped as the user says). */
    boolean canLeave() {
        return areas.canLeave();
    }

    /** Another database, another language or the damage screen takes the window: these areas go. */
    void drop() {
        stopListening.run();
        stopCalendar.run();
        calendarFile.close();
        autoSyncClock.stop();
        autoSync.setPaused(true);
        areas.drop();
    }

    private void openContact(long id) {
        ContactsArea contacts = areas.show(ContactsArea.ID);
        contacts.show(id);
    }

    /** Import: choose files, see the preview with problems and proposed merges, then one transaction. */
    private void showImport() {
        ImportViewModel vm = new ImportViewModel(w.services().imports(), w.runner());
        vm.setOnImported(() -> {
            w.changes().changed();
            session.rescore(count -> w.main().setMessage(w.i18n().format("score.updated", count)));
        });
        new ImportDialog(w.window().get(), vm, w.i18n()).showAndWait();
    }

    private void showExport() {
        Services current = w.services();
        ExportViewModel vm = new ExportViewModel(current.exports(), current.backups(), w.runner());
        ContactsArea contacts = areas.built(ContactsArea.ID);
        ContactQuery shown = contacts == null ? ContactQuery.ALL : contacts.query();
        vm.setShownIds(() -> current.contacts().search(shown));
        w.runner().run(() -> current.contacts().tags(), tags -> new ExportDialog(w.window().get(), vm, w.i18n(), tags,
                text -> w.main().show(text, null, null)).showAndWait(), w::failed);
    }

    /**
     * Find duplicates: the pairs of contacts that may be one, by the import's rules; each merged through
     * the Merge dialog (everything of both kept) or marked not a duplicate (remembered).
     */
    private void findDuplicates() {
        DuplicatesViewModel vm = new DuplicatesViewModel(w.services().duplicates(), w.runner());
        new DuplicatesDialog(w.window().get(), vm, w.i18n(), (owner, keepId, goneId, onMerged) ->
                new MergeDialog(owner, new MergeViewModel(w.services().merges(), w.runner(), w.i18n()::birthday), w.i18n(),
                        kept -> {
                            onMerged.run();
                            w.changes().changed();
                        }).showAndWait(keepId, goneId)).showAndWait();
    }

    /** The Calendar file dialog: where the .ics file goes, alarms, when it was last written. */
    private void showCalendarFile() {
        new CalendarFileView(w.window().get(), new CalendarFileViewModel(calendarFile, w.runner(), w.dialogs()),
                w.i18n()).showAndWait();
    }

    /**
     * The Sync dialog: preview and run a sync with the user's CardDAV server; the password is kept in this
     * computer's keyring only when the user asks, never in the database.
     */
    private void showSync() {
        Services current = w.services();
        SyncViewModel vm = new SyncViewModel(current.sync(), w.runner(), SecretStores::forThisComputer,
                current.contacts()::tags);
        vm.setOnSynced(w.changes()::changed);
        vm.refreshConflicts();
        autoSync.setPaused(true);
        try {
            new SyncView(w.window().get(), vm, w.i18n(), owner -> {
                ConflictsViewModel conflicts = new ConflictsViewModel(w.services().sync(), w.runner());
                // a choice reaches the window by the same path as a sync
                conflicts.setOnResolved(vm::conflictsResolved);
                conflicts.load();
                new ConflictsView(owner, conflicts, w.i18n()).showAndWait();
            }).showAndWait();
        } finally {
            autoSync.setPaused(false);
        }
    }

    /** The Backups dialog: back up now, restore (the database then opens afresh), export JSON. */
    private void showBackups() {
        new BackupsView(w.window().get(), new BackupsViewModel(w.services().backups(), w.runner(), w.dialogs(),
                session::reopenAfterRestore), w.i18n()).showAndWait();
    }
}
