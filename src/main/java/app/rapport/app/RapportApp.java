package app.rapport.app;

import app.rapport.demo.DemoMatrix;
import app.rapport.demo.DemoNetwork;
import app.rapport.persistence.DataFolder;
import app.rapport.service.RestoreOutcome;
import app.rapport.ui.backup.BackupsView;
import app.rapport.ui.backup.BackupsViewModel;
import app.rapport.ui.backup.DamageView;
import app.rapport.ui.backup.DamageViewModel;
import app.rapport.ui.common.ComplexText;
import app.rapport.ui.common.DialogContent;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.UserMessages;
import app.rapport.ui.contacts.ContactDetails;
import app.rapport.ui.contacts.ContactEditorViewModel;
import app.rapport.ui.contacts.RelationshipViewModel;
import app.rapport.ui.contacts.TiesViewModel;
import app.rapport.ui.contacts.TimelineViewModel;
import app.rapport.ui.interactions.QuickLog;
import app.rapport.ui.interactions.QuickLogDialog;
import app.rapport.ui.interactions.QuickLogViewModel;
import app.rapport.ui.keepintouch.KeepInTouchView;
import app.rapport.io.BriefDocument;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.exporting.ExportDialog;
import app.rapport.ui.exporting.ExportViewModel;
import app.rapport.ui.importing.ImportDialog;
import app.rapport.ui.importing.ImportViewModel;
import app.rapport.ui.duplicates.DuplicatesDialog;
import app.rapport.ui.duplicates.DuplicatesViewModel;
import app.rapport.ui.importing.MergeDialog;
import app.rapport.ui.importing.MergeViewModel;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import app.rapport.ui.cards.CardBuilderViewModel;
import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.dashboard.ScoreWeightsDialog;
import app.rapport.ui.dashboard.DashboardViewModel;
import app.rapport.ui.print.PdfPreviewDialog;
import app.rapport.ui.print.PdfPreviewViewModel;
import app.rapport.ui.cards.CardDialogs;
import app.rapport.ui.cards.CardOutputs;
import app.rapport.ui.cards.CardsView;
import app.rapport.ui.cards.CardsViewModel;
import app.rapport.ui.ledger.LedgerView;
import app.rapport.ui.matrix.MatrixView;
import app.rapport.ui.matrix.MatrixViewModel;
import app.rapport.ui.network.NetworkView;
import app.rapport.ui.network.NetworkViewModel;
import app.rapport.ui.ledger.LedgerViewModel;
import app.rapport.ui.keepintouch.KeepInTouchViewModel;
import app.rapport.ui.keepintouch.PlaybooksView;
import app.rapport.ui.keepintouch.PlaybooksViewModel;
import app.rapport.ui.keepintouch.TagCadenceDialog;
import app.rapport.ui.keepintouch.TagCadenceViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.main.MainView;
import app.rapport.ui.review.ReviewView;
import app.rapport.ui.review.ReviewViewModel;
import app.rapport.ui.welcome.WelcomeView;
import app.rapport.ui.welcome.WelcomeViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the database in the background, greets an empty one, and shows
 * the Contacts workspace. Owns the one background runner and the open {@link Services}.
 */
public final class RapportApp extends Application {
    /** Benchmark hook: print a line and quit once the contacts list has drawn its first rows. */
    public static final String FIRST_FRAME_PROPERTY = "rapport.bench.firstFrame";
    public static final String FIRST_FRAME_MARKER = "RAPPORT_FIRST_FRAME";

    private static final Logger LOG = LoggerFactory.getLogger(RapportApp.class);
    private static final long DEMO_SEED = 2026;

    private DataFolder folder;
    private StartOptions options;
    private I18n i18n;
    private FxTaskRunner runner;
    private MainView main;
    private Scene scene;
    /** Written on the FX thread; read by background scoring to stop when another database is opened. */
    private volatile Services services;
    private volatile Services preparedDemo;
    private ContactsView contactsView;
    private KeepInTouchView keepInTouchView;
    private LedgerView ledgerView;
    private CardsView cardsView;
    private DashboardView dashboardView;
    private ContactsViewModel contactsVm;
    private MatrixView matrixView;
    private ReviewView reviewView;
    private NetworkView networkView;
    private NetworkViewModel networkVm;
    private LedgerViewModel ledgerVm;
    private javafx.scene.control.ToggleButton contactsArea;
    private boolean demo;
    /** The damage message is shown (once per opened database). */
    private boolean damageShown;

    /** The user's language, read from the data folder before the window, off the FX thread. */
    private Locale startLanguage;
    /** The language chosen in Settings, or null for the computer's. */
    private Locale chosenLanguage;
    private WindowPreference windowPreference;
    /** Where the window was last run, read before the window exists; null when never kept. */
    private WindowPreference.State keptWindow;
    /** The window's bounds when last not maximized: what a maximized window goes back to next time. */
    private WindowPreference.Bounds normalBounds;
    private final javafx.animation.PauseTransition keepWindowSoon =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));

    @Override
    public void init() {
        folder = DataFolder.forThisMachine();
        LanguagePreference preference = new LanguagePreference(folder.root());
        chosenLanguage = preference.chosen();
        startLanguage = preference.locale();
        windowPreference = new WindowPreference(folder.root());
        keptWindow = windowPreference.read().orElse(null);
    }

    @Override
    public void start(Stage stage) {
        LOG.info("Starting {} ms after the JVM started", uptime());
        options = StartOptions.from(getParameters().getRaw(), folder);
        runner = new FxTaskRunner();
        runner.watchFailures(this::watchForDamage);
        ComplexText.install(); // wrapped Thai drawn line by line in every window (a JavaFX bug on Linux)
        // the database opens in the background while the window is built; its callback runs after start()
        open(options.database(), false);
        Locale.setDefault(startLanguage);
        i18n = new I18n(startLanguage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        main = new MainView(i18n);
        main.bindBusy(runner.busyProperty());
        scene = new Scene(main.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/app/rapport/ui/rapport.css")).toExternalForm());
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        placeAsKept(stage);
        stage.setOnCloseRequest(e -> {
            if (contactsView != null && !contactsView.canClose()) {
                e.consume();
            }
        });
        stage.show();
        LOG.info("Window shown {} ms after the JVM started", uptime());
    }

    /**
     * What the window works on now (null before a database is open). The file's lock keeps every other
     * connection out, so this is how a test reads what the window wrote.
     */
    public Services services() {
        return services;
    }

    private record Opened(Services services, boolean empty) {
    }

    /**
     * Puts the window where it was last time, when that place is still on a screen (a monitor may have
     * gone), and keeps its place, size and the list's column widths whenever they change.
     */
    private void placeAsKept(Stage stage) {
        WindowPreference.Bounds kept = keptWindow == null ? null : keptWindow.bounds();
        javafx.geometry.Rectangle2D area = kept == null ? null : screenOf(kept);
        if (area != null) {
            WindowPreference.Bounds b = kept.within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.max(stage.getMinWidth(), b.width()));
            stage.setHeight(Math.max(stage.getMinHeight(), b.height()));
        }
        if (keptWindow != null && keptWindow.maximized()) {
            stage.setMaximized(true);
        }
        keepWindowSoon.setOnFinished(e -> keepWindow());
        for (javafx.beans.value.ObservableValue<?> v : windowPlace(stage)) {
            v.addListener(windowMoved);
        }
    }

    private final javafx.beans.value.ChangeListener<Object> windowMoved = (obs, old, now) -> keepWindowSoon.playFromStart();

    private static List<javafx.beans.value.ObservableValue<?>> windowPlace(Stage stage) {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty());
    }

    /** The usable area of the screen the window's title bar would be on, so the user can grab it; null if none. */
    private static javafx.geometry.Rectangle2D screenOf(WindowPreference.Bounds b) {
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            javafx.geometry.Rectangle2D area = screen.getVisualBounds();
            double w = Math.min(b.x() + b.width(), area.getMaxX()) - Math.max(b.x(), area.getMinX());
            double h = Math.min(b.y() + 30, area.getMaxY()) - Math.max(b.y(), area.getMinY());
            if (w >= 100 && h >= 20) {
                return area;
            }
        }
        return null;
    }

    /** Takes the window's state on the FX thread and writes it on the background thread. */
    private void keepWindow() {
        if (scene == null || !(scene.getWindow() instanceof Stage stage) || runner == null) {
            return;
        }
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            normalBounds = new WindowPreference.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        java.util.Map<String, Double> columns = contactsView == null
                ? keptWindow == null ? java.util.Map.of() : keptWindow.columns() : contactsView.columnWidths();
        double divider = contactsView == null ? keptWindow == null ? 0 : keptWindow.divider() : contactsView.divider();
        WindowPreference.State state = new WindowPreference.State(normalBounds, stage.isMaximized(), columns, divider);
        keptWindow = state;
        runner.run(() -> {
            windowPreference.write(state);
            return null;
        }, done -> { }, failure -> LOG.warn("Keeping the window's place failed", failure));
    }

    /** Opens a database off the FX thread; an empty one (not the demo) is greeted first. */
    private void open(Path file, boolean demo) {
        Locale language = i18n == null ? startLanguage : i18n.locale(); // names sort in the window's language
        runner.run(() -> {
            Services s = Services.open(file, language);
            try {
                Runnable emptyOldTrash = () -> {
                    int purged = s.contacts().emptyOldTrash();
                    if (purged > 0) {
                        LOG.info("Emptied {} contacts from the trash", purged);
                    }
                };
                if (demo) {
                    emptyOldTrash.run();
                } else {
                    // the start-up backup first, before anything (old trash included) changes; it holds the
                    // connection while it copies, so a change the user makes meanwhile waits for it
                    s.startBackupSchedule(this::backupFailed, emptyOldTrash);
                }
                return new Opened(s, s.contacts().isEmpty());
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        }, opened -> {
            LOG.info("Database ready {} ms after the JVM started", uptime());
            use(opened.services(), demo);
            if (!demo && opened.empty()) {
                showWelcome();
            } else {
                showWorkspace();
            }
        }, failure -> refuse(file, failure));
    }

    private void use(Services next, boolean demo) {
        Services previous = services;
        services = next;
        damageShown = false;
        this.demo = demo;
        if (previous != null && previous != next) {
            runner.run(() -> {
                previous.close();
                return null;
            }, done -> { }, failure -> LOG.warn("Closing {} failed", previous.file(), failure));
        }
        main.showDatabase(next.file(), demo, () -> {
            if (contactsView == null || contactsView.canClose()) {
                open(options.database(), false);
            }
        });
        ((Stage) scene.getWindow()).setTitle(i18n.format("app.title.withFile", next.file().getFileName()));
    }

    private void showWelcome() {
        dropViews();
        main.setSidebarVisible(false);
        Locale language = i18n.locale();
        WelcomeViewModel vm = new WelcomeViewModel(runner,
                (written, total) -> preparedDemo = prepareDemo(written, language),
                this::showWorkspace, () -> {
                    use(preparedDemo, true);
                    preparedDemo = null;
                    showWorkspace();
                });
        WelcomeView view = new WelcomeView(vm, i18n, services.file());
        main.showContent(view.root());
        view.focus();
    }

    /** Runs off the FX thread: opens the demo file and fills it the first time. */
    private Services prepareDemo(java.util.function.LongConsumer written, Locale language) {
        Services demo = Services.open(folder.demoDatabase(), language);
        try {
            // a preparation stopped part way (the app was closed or killed) is finished, not shown half made
            var unfinished = demo.settings().unfinishedDemo().flatMap(DemoNetwork.Unfinished::parse);
            if (unfinished.isPresent() || demo.contacts().isEmpty()) {
                if (unfinished.isPresent()) {
                    DemoNetwork.resume(demo.contactRepository(), unfinished.get(), (done, total) -> written.accept(done),
                            () -> false);
                } else {
                    DemoNetwork.fill(demo.contactRepository(), (int) WelcomeViewModel.DEMO_PEOPLE,
                            (int) WelcomeViewModel.DEMO_ORGANISATIONS, DEMO_SEED, (done, total) -> written.accept(done),
                            () -> false);
                }
                DemoMatrix.fill(demo.contacts(), demo.cooperation(), DEMO_SEED);
                demo.settings().clearUnfinishedDemo();
            }
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    /** The workspace of an open database: the sidebar's areas, Contacts first. */
    private void showWorkspace() {
        dropViews();
        main.clearAreas();
        contactsArea = main.addArea("contactsArea", "area.contacts", "mdi2a-account-multiple-outline",
                this::showContacts);
        contactsArea.setSelected(true);
        main.addArea("keepInTouchArea", "area.keepInTouch", "mdi2c-calendar-heart", this::showKeepInTouch);
        main.addArea("ledgerArea", "area.ledger", "mdi2s-scale-balance", this::showLedger);
        main.addArea("networkArea", "area.network", "mdi2g-graph-outline", this::showNetwork);
        main.addArea("dashboardArea", "area.dashboard", "mdi2v-view-dashboard-outline", this::showDashboard);
        main.addArea("cardsArea", "area.cards", "mdi2c-cards-outline", this::showCards);
        main.addArea("matrixArea", "area.matrix", "mdi2h-handshake-outline", this::showMatrix);
        main.addArea("reviewArea", "area.review", "mdi2c-clipboard-check-outline", this::showReview);
        main.addAction("importAction", "action.import", "mdi2i-import", this::showImport);
        main.addAction("findDuplicatesAction", "action.findDuplicates", "mdi2c-content-duplicate", this::findDuplicates);
        main.addAction("exportAction", "action.export", "mdi2e-export", this::showExport);
        main.addAction("backupsAction", "action.backups", "mdi2b-backup-restore", this::showBackups);
        main.addAction("languageAction", "action.language", "mdi2t-translate", this::chooseLanguage);
        main.setSidebarVisible(true);
        showContacts();
        rescore();
    }

    /**
     * Recomputes every score in the background once the list is up (queued after its first page), unless
     * they were computed today already, so
     * the list's Score column and the map's node sizes reflect today; the Relationship tab computes its
     * contact's score fresh each time anyway.
     */
    private void rescore() {
        Services scored = services;
        // once a day is enough: opening the same database again the same day costs nothing. The list is
        // not reloaded afterwards (that would take the form from someone who had just begun typing); the
        // Score column shows the new values with the next search, sort or change.
        runner.run(() -> scored.scores().isStale() ? scored.scores().recomputeAll(() -> services != scored) : -1,
                count -> {
                    if (services != scored) {
                        return;
                    }
                    if (count >= 0) {
                        main.setMessage(i18n.format("score.updated", count));
                    }
                    // the day's indicators are kept even when the Dashboard is not opened: no gaps in history
                    runner.run(() -> scored.dashboard().snapshot(), values -> { },
                            failure -> LOG.warn("Keeping today's indicators failed", failure));
                }, failure -> LOG.warn("Scoring failed", failure));
    }

    /** Shows the Contacts area; its view lives as long as the database is open, so nothing typed is lost. */
    private void showContacts() {
        leaveReview();
        if (networkVm != null) {
            networkVm.stop();
        }
        if (contactsView == null) {
            ContactsViewModel list = new ContactsViewModel(services.contacts(), runner);
            contactsVm = list;
            ContactEditorViewModel editor = new ContactEditorViewModel(services.contacts(), runner);
            app.rapport.ui.common.DialogService dialogs = new app.rapport.ui.common.FxDialogService(() -> i18n,
                    () -> scene.getWindow());
            ContactDetails details = new ContactDetails(new TiesViewModel(services.relationships(), runner, dialogs),
                    new TimelineViewModel(services.interactions(), services.ledger(), services.keepInTouch(), runner,
                            services.clock()),
                    new RelationshipViewModel(services.relationships(), services.scores(), runner, services.clock()),
                    quickLog(), services.contacts(), runner, dialogs);
            contactsView = new ContactsView(list, editor, details, i18n, main);
            if (keptWindow != null) {
                contactsView.restoreDivider(keptWindow.divider()); // first: it decides the list's width
                contactsView.restoreColumnWidths(keptWindow.columns());
            }
            contactsView.onColumnWidthsChanged(keepWindowSoon::playFromStart);
            contactsView.setOnBrief(this::brief);
            contactsView.setOnMerge(this::merge);
            if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
                FirstFrame.reportWhenShown(scene, list);
            }
            list.refresh();
            list.reloadTags();
        } else {
            contactsView.refresh(); // Keep in touch or the ledger may have logged interactions meanwhile
        }
        contactsView.installShortcuts(scene);
        main.showContent(contactsView.root());
        contactsView.focusSearch();
        LOG.info("Contacts shown {} ms after the JVM started", uptime());
    }

    /** Keep in touch: who is due, most urgent first; log, snooze or open from each row. */
    private void showKeepInTouch() {
        leaveContacts();
        if (keepInTouchView == null) {
            KeepInTouchViewModel vm = new KeepInTouchViewModel(services.keepInTouch(), runner, services.clock());
            PlaybooksView playbooks = new PlaybooksView(new PlaybooksViewModel(services.playbooks(), runner, services.clock()), i18n,
                    (item, refresh) -> quickLog(List.of(item.contactId()), item.name(), refresh), this::openContact);
            keepInTouchView = new KeepInTouchView(vm, playbooks, i18n,
                    item -> quickLog(List.of(item.contactId()), item.name(), vm::refresh),
                    this::openContact, () -> {
                        new TagCadenceDialog(scene.getWindow(),
                                new TagCadenceViewModel(services.relationships(), services.contacts(), runner), i18n)
                                .showAndWait();
                        vm.refresh();
                    });
        }
        main.showContent(keepInTouchView.root());
        keepInTouchView.refresh();
    }

    /** Import: choose files, see the preview with problems and proposed merges, then one transaction. */
    private void showImport() {
        ImportViewModel vm = new ImportViewModel(services.imports(), runner);
        vm.setOnImported(() -> {
            if (contactsView != null) {
                contactsView.refresh();
            }
            rescore();
        });
        new ImportDialog(scene.getWindow(), vm, i18n).showAndWait();
    }

    private void showExport() {
        Services current = services;
        ExportViewModel vm = new ExportViewModel(current.exports(), current.backups(), runner);
        app.rapport.domain.ContactQuery shown = contactsVm == null ? app.rapport.domain.ContactQuery.ALL
                : contactsVm.query();
        vm.setShownIds(() -> current.contacts().search(shown));
        runner.run(() -> current.contacts().tags(), tags -> new ExportDialog(scene.getWindow(), vm, i18n, tags,
                text -> main.show(text, null, null)).showAndWait(),
                failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure))));
    }

    /**
     * Find duplicates: the pairs of contacts that may be one, by the import's rules; each merged through
     * the Merge dialog (everything of both kept) or marked not a duplicate (remembered).
     */
    private void findDuplicates() {
        DuplicatesViewModel vm = new DuplicatesViewModel(services.duplicates(), runner);
        new DuplicatesDialog(scene.getWindow(), vm, i18n, (owner, keepId, goneId, onMerged) ->
                new MergeDialog(owner, new MergeViewModel(services.merges(), runner, i18n::birthday), i18n, kept -> {
                    onMerged.run();
                    if (contactsView != null) {
                        contactsView.refresh();
                    }
                }).showAndWait(keepId, goneId)).showAndWait();
    }

    /** Merge the shown contact with a duplicate the user picks; everything of both is kept. */
    private void merge(long keepId) {
        Dialog<ButtonType> choose = new Dialog<>();
        choose.initOwner(scene.getWindow());
        choose.setTitle(i18n.get("merge.choose.title"));
        ContactPicker picker = new ContactPicker(services.contacts(), runner, i18n);
        picker.setId("mergePicker");
        picker.setPrefColumnCount(30);
        DialogContent.padded(choose, picker);
        ButtonType next = new ButtonType(i18n.get("merge.choose.confirm"), ButtonBar.ButtonData.OK_DONE);
        choose.getDialogPane().getButtonTypes().setAll(next,
                new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        choose.getDialogPane().lookupButton(next).disableProperty().bind(picker.selectedProperty().isNull());
        choose.showAndWait().filter(b -> b == next).map(b -> picker.selectedProperty().get().id())
                .filter(goneId -> goneId != keepId)
                .ifPresent(goneId -> new MergeDialog(scene.getWindow(), new MergeViewModel(services.merges(), runner, i18n::birthday),
                        i18n, kept -> {
                            contactsView.refresh();
                            contactsView.show(kept);
                        }).showAndWait(keepId, goneId));
    }

    /**
     * Settings ▸ language: the window is built again in the chosen language, after unsaved edits are
     * saved or discarded as the user says; the database stays open.
     */
    private void chooseLanguage() {
        List<String> names = new java.util.ArrayList<>();
        names.add(i18n.get("language.system"));
        LanguagePreference.SUPPORTED.forEach(l -> names.add(LanguagePreference.nameOf(l)));
        String selected = chosenLanguage == null ? names.get(0) : LanguagePreference.nameOf(chosenLanguage);
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(selected, names);
        dialog.initOwner(scene.getWindow());
        dialog.setTitle(i18n.get("language.title"));
        dialog.setHeaderText(i18n.get("language.header"));
        dialog.setContentText(i18n.get("language.label"));
        dialog.getDialogPane().lookup(".combo-box").setId("languageChoice");
        // JavaFX's own Cancel is English in Russian and Thai; OK reads the same in every language
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK,
                new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().ifPresent(name -> {
            if (contactsView != null && !contactsView.canClose()) {
                return;
            }
            int index = names.indexOf(name);
            Locale chosen = index <= 0 ? null : LanguagePreference.SUPPORTED.get(index - 1);
            LanguagePreference preference = new LanguagePreference(folder.root());
            // the preference is a file: written off the FX thread, the window rebuilt when it is kept
            Services open = services;
            runner.run(() -> {
                preference.choose(chosen);
                Locale language = preference.locale();
                if (open != null) {
                    open.useLanguage(language); // names re-sorted, new envelopes worded in the new language
                }
                return language;
            }, language -> {
                chosenLanguage = chosen;
                switchLanguage(language);
            }, failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure))));
        });
    }

    private void switchLanguage(Locale language) {
        Locale.setDefault(language);
        i18n = new I18n(language);
        main = new MainView(i18n);
        main.bindBusy(runner.busyProperty());
        scene.setRoot(main.root());
        if (services != null) {
            use(services, demo);
            showWorkspace();
        } else {
            showWelcome();
        }
    }

    /** A contact's one-page brief, previewed, then printed or saved as PDF. */
    private void brief(long contactId) {
        Services current = services;
        PdfPreviewViewModel vm = new PdfPreviewViewModel(runner, current.outputs());
        runner.run(() -> current.briefs().brief(contactId).orElseThrow(), brief -> {
            String name = brief.contact().displayName();
            new PdfPreviewDialog(scene.getWindow(), i18n, vm, i18n.format("brief.title", name), null,
                    name + ".pdf").show();
            vm.regenerate(out -> {
                new BriefDocument(i18n.bundle(), i18n.locale()).write(out, brief,
                        current.scores().score(contactId).orElse(null), current.settings().homeCountry());
                return 1;
            });
        }, failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure))));
    }

    /** Where the network stands: indicators with their history, goals, charts. */
    private void showDashboard() {
        leaveContacts();
        if (dashboardView == null) {
            Services current = services;
            dashboardView = new DashboardView(new DashboardViewModel(services.dashboard(), runner), i18n,
                    () -> ScoreWeightsDialog.open(scene.getWindow(), i18n, current.scores(), runner, () -> {
                        if (dashboardView != null) {
                            dashboardView.refresh();
                        }
                        if (contactsView != null) {
                            contactsView.refresh();
                        }
                    }, main::setMessage));
        }
        main.showContent(dashboardView.root());
        dashboardView.refresh();
    }

    /** Card lists: build, mark, print. */
    private void showCards() {
        leaveContacts();
        if (cardsView == null) {
            CardsViewModel vm = new CardsViewModel(services.cards(), services.settings(), runner,
                    new app.rapport.ui.common.FxDialogService(() -> i18n, scene::getWindow));
            CardDialogs dialogs = new CardDialogs(scene::getWindow, i18n,
                    () -> new CardBuilderViewModel(services.cards(), runner, LocalDate.now(services.clock()),
                            i18n.get("cards.builder.defaultOccasion")),
                    services.contacts(), runner);
            CardOutputs outputs = new CardOutputs(scene::getWindow, i18n, runner, services.settings(), main::setMessage,
                    services.outputs());
            cardsView = new CardsView(vm, i18n, main, dialogs, outputs);
        }
        main.showContent(cardsView.root());
        cardsView.refresh();
    }

    /** The cooperation matrix (seed 003); reloaded each time it is shown, so renamed or trashed contacts show right. */
    private void showMatrix() {
        leaveContacts();
        if (matrixView == null) {
            matrixView = new MatrixView(new MatrixViewModel(services.cooperation(), runner), i18n, main,
                    services.contacts(), runner, this::openContact);
        }
        main.showContent(matrixView.root());
        matrixView.refresh();
    }

    /** Review: who needs attention, one at a time by keyboard; it resumes where the user stopped. */
    private void showReview() {
        leaveContacts();
        if (reviewView == null) {
            reviewView = new ReviewView(new ReviewViewModel(services.reviews(), runner, services.clock()), i18n, main, quickLog(),
                    this::openContact);
        }
        reviewView.installShortcuts(scene);
        main.showContent(reviewView.root());
        reviewView.open();
    }

    /** Review's single-letter keys apply only while it is shown. */
    private void leaveReview() {
        if (reviewView != null) {
            reviewView.uninstallShortcuts(scene);
        }
    }

    /** The ledger over all contacts. */
    private void showLedger() {
        leaveContacts();
        if (ledgerView == null) {
            ledgerVm = new LedgerViewModel(services.ledger(), runner, services.clock());
            ledgerView = new LedgerView(ledgerVm, i18n, this::openContact);
        }
        main.showContent(ledgerView.root());
        ledgerVm.refresh();
    }

    /** The map of people and brands; loaded each time it is shown, so new ties appear. */
    private void showNetwork() {
        leaveContacts(); // also stops a layout still running from the last visit; load() starts a new one
        if (networkView == null) {
            networkVm = new NetworkViewModel(services.network(), runner, services.outputs(),
                    new app.rapport.ui.common.FxDialogService(() -> i18n, () -> scene.getWindow()));
            networkView = new NetworkView(networkVm, i18n, main, services.contacts(), runner, this::openContact);
        }
        main.showContent(networkView.root());
        networkVm.load();
    }

    private void openContact(long id) {
        contactsArea.setSelected(true);
        showContacts();
        contactsView.show(id);
    }

    private QuickLog quickLog() {
        return new QuickLog() {
            @Override
            public void open(List<Long> contactIds, String who, Runnable onSaved) {
                quickLog(contactIds, who, onSaved);
            }

            @Override
            public void edit(long interactionId, String who, Runnable onSaved) {
                runner.run(() -> services.interactions().find(interactionId), found -> found.ifPresent(existing -> {
                    QuickLogViewModel vm = QuickLogViewModel.edit(services.interactions(), runner, existing);
                    if (new QuickLogDialog(scene.getWindow(), who, vm, i18n, services.contacts(), runner).showAndWait()) {
                        onSaved.run();
                    }
                }), failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure))));
            }
        };
    }

    private void quickLog(List<Long> ids, String who, Runnable onSaved) {
        QuickLogViewModel vm = new QuickLogViewModel(services.interactions(), runner, ids, LocalDate.now(services.clock()));
        if (new QuickLogDialog(scene.getWindow(), who, vm, i18n, services.contacts(), runner).showAndWait()) {
            onSaved.run();
        }
    }

    /** Leaving an area: Contacts' shortcuts stop applying, the map stops arranging itself. */
    private void leaveContacts() {
        if (contactsView != null) {
            contactsView.uninstallShortcuts(scene);
        }
        leaveReview();
        if (networkVm != null) {
            networkVm.stop();
        }
    }

    /** Another database is about to show: the views of the last one go. */
    private void dropViews() {
        leaveContacts();
        contactsView = null;
        keepInTouchView = null;
        ledgerView = null;
        cardsView = null;
        dashboardView = null;
        contactsVm = null;
        matrixView = null;
        reviewView = null;
        if (networkVm != null) {
            networkVm.stop();
        }
        networkView = null;
        networkVm = null;
    }

    /** The Backups dialog (for the menu): back up now, restore, export JSON. */
    void showBackups() {
        if (services == null) {
            return;
        }
        new BackupsView(scene.getWindow(), new BackupsViewModel(services.backups(), runner, this::reopenAfterRestore), i18n)
                .showAndWait();
    }

    /** After a restore the same file opens afresh through the usual path, so no view or cache shows the old data. */
    private void reopenAfterRestore(RestoreOutcome outcome) {
        Services restored = services;
        services = null;
        dropViews();
        // nothing of the closed database stays clickable while it reopens
        main.setSidebarVisible(false);
        main.showContent(new javafx.scene.layout.StackPane());
        runner.run(() -> {
            restored.close();
            return null;
        }, closed -> {
            open(restored.file(), demo);
            main.show(outcome.safetyCopy()
                    .map(b -> i18n.format("backup.restored", outcome.restored(), b.file().toString()))
                    .orElseGet(() -> i18n.format("backup.restoredNothingKept", outcome.restored())), null, null);
        }, failure -> refuse(restored.file(), failure));
    }

    /**
     * From the backup thread: logged there already; the user hears of it once, and it stays until
     * closed. A copy that failed SQLite's check means the database itself is damaged.
     */
    private void backupFailed(Throwable failure) {
        Platform.runLater(() -> {
            if (isDamage(failure)) {
                main.showProblem(i18n.get("backup.damagedDatabase"), i18n.get("damage.whatNow"), this::showDamage);
            } else if (hasReason(failure, app.rapport.service.StorageException.Reason.DISK_FULL) && services != null) {
                main.showProblem(i18n.format("backup.failedDiskFull", services.backups().folder().toString()), null, null);
            } else {
                main.showProblem(i18n.format("backup.failed", System.getProperty(Logging.LOG_FILE_PROPERTY, "")),
                        null, null);
            }
        });
    }

    /** Any background work that ran into a damaged database: say so and offer the ways on, once. */
    private void watchForDamage(Throwable failure) {
        if (services != null && !damageShown && isDamage(failure)) {
            showDamage();
        }
    }

    /**
     * Whether the open database's own storage failed for {@code reason}; a backup the user chose that
     * failed is not the database's failure (it says so itself).
     */
    private static boolean hasReason(Throwable failure, app.rapport.service.StorageException.Reason reason) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof app.rapport.service.BackupException) {
                return false;
            }
            if (t instanceof app.rapport.service.StorageException se) {
                return se.reason() == reason;
            }
        }
        return false;
    }

    private static boolean isDamage(Throwable failure) {
        return hasReason(failure, app.rapport.service.StorageException.Reason.CORRUPT);
    }

    /** In place of the workspace: the database is damaged; restore the last good backup, save what can be read, or quit. */
    private void showDamage() {
        if (services == null) {
            return;
        }
        damageShown = true;
        LOG.error("Showing the damaged database {} to the user", services.file());
        if (contactsView != null && !contactsView.canClose()) {
            LOG.warn("Unsaved edits could not be kept: the database is damaged");
        }
        dropViews();
        main.clearAreas(); // every area would run into the damage again
        main.setSidebarVisible(false);
        main.hide();
        DamageViewModel vm = new DamageViewModel(services.backups(), services.exports(), runner, this::reopenAfterRestore);
        main.showContent(new DamageView(vm, i18n, Platform::exit).root());
    }

    /** The file cannot be used: say why in the user's words, leave it untouched, and quit. */
    private void refuse(Path file, Throwable failure) {
        LOG.error("Cannot open {}", file, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(scene.getWindow());
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(i18n.get("error.db.title"));
        alert.setContentText(i18n.get(UserMessages.keyFor(failure)) + "\n\n" + file + "\n\n"
                + i18n.format("error.details", System.getProperty(Logging.LOG_FILE_PROPERTY, "")));
        alert.getButtonTypes().setAll(new ButtonType(i18n.get("error.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
        Platform.exit();
    }

    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void stop() {
        if (runner == null) {
            return;
        }
        keepWindowSoon.stop();
        keepWindow(); // queued before the database closes; close() below waits for it
        if (scene != null && scene.getWindow() instanceof Stage stage) {
            windowPlace(stage).forEach(v -> v.removeListener(windowMoved));
        }
        Services last = services;
        if (last != null) {
            runner.run(() -> {
                last.close();
                return null;
            }, done -> { }, failure -> { });
        }
        runner.close();
    }
}
