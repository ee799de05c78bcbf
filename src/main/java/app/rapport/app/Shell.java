package app.rapport.app;

import app.rapport.service.StorageException;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.ui.backup.DamageView;
import app.rapport.ui.backup.DamageViewModel;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.UserMessages;
import app.rapport.ui.main.LanguageViewModel;
import app.rapport.ui.main.MainView;
import app.rapport.ui.welcome.WelcomeView;
import app.rapport.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's content as the session changes: the greeting of an empty database, the workspace, the
 * damage screen, and the frame built again in another language. Its dialogs go through the app's one
 * {@link DialogService}.
 */
final class Shell implements Session.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    private final Session session;
    private final FxTaskRunner runner;
    private final Stage stage;
    private final Scene scene;
    private final WindowPlace place;
    private final DialogService dialogs;
    private I18n i18n;
    private MainView main;
    private Workspace workspace;

    Shell(Session session, FxTaskRunner runner, Stage stage, Scene scene, WindowPlace place, DialogService dialogs,
            Locale language) {
        this.session = session;
        this.runner = runner;
        this.stage = stage;
        this.scene = scene;
        this.place = place;
        this.dialogs = dialogs;
        build(language);
    }

    /** The window's words now (the dialog service asks at each question). */
    I18n i18n() {
        return i18n;
    }

    /** Whether the window may close (unsaved edits are saved or dropped as the user says). */
    boolean canClose() {
        return workspace == null || workspace.canLeave();
    }

    /**
     * The frame in {@code language}: Rapport's words and formats from the user context's language; JavaFX's
     * own told through {@link ToolkitLocale}, the one way it listens.
     */
    private void build(Locale language) {
        ToolkitLocale.speak(language);
        i18n = new I18n(language);
        main = new MainView(i18n);
        main.bindBusy(runner.busyProperty());
        scene.setRoot(main.root());
    }

    @Override
    public void using(Services services, boolean demo) {
        main.showDatabase(services.file(), demo, () -> {
            if (canClose()) {
                session.leaveDemo();
            }
        });
        stage.setTitle(i18n.format("app.title.withFile", services.file().getFileName()));
    }

    @Override
    public void opened(boolean greet) {
        if (greet) {
            showWelcome();
        } else {
            showWorkspace(Workspace.TODAY);
        }
    }

    private void showWelcome() {
        dropWorkspace();
        main.setSidebarVisible(false);
        WelcomeViewModel vm = new WelcomeViewModel(runner, (written, total) -> session.prepareDemo(written),
                () -> showWorkspace(Workspace.CONTACTS), () -> {
                    session.useDemo();
                    showWorkspace(Workspace.TODAY);
                });
        WelcomeView view = new WelcomeView(vm, i18n, session.services().file());
        main.showContent(view.root());
        view.focus();
    }

    /** The workspace of the open database: the sidebar's areas, {@code firstArea} shown; today's scores in the background. */
    private void showWorkspace(String firstArea) {
        dropWorkspace();
        workspace = new Workspace(session, new Workbench.Frame(runner, i18n, main, dialogs), scene, place,
                this::chooseLanguage, firstArea);
        session.rescore(count -> main.setMessage(i18n.format("score.updated", count)));
    }

    private void dropWorkspace() {
        if (workspace != null) {
            workspace.drop();
            workspace = null;
        }
    }

    @Override
    public void closing() {
        dropWorkspace();
        // nothing of the closed database stays clickable while it reopens
        main.setSidebarVisible(false);
        main.showContent(new StackPane());
    }

    @Override
    public void restored(RestoreOutcome outcome) {
        main.show(outcome.safetyCopy()
                .map(b -> i18n.format("backup.restored", outcome.restored(), b.file().toString()))
                .orElseGet(() -> i18n.format("backup.restoredNothingKept", outcome.restored())), null, null);
    }

    /** The file cannot be used: say why in the user's words, leave it untouched, and quit. */
    @Override
    public void cannotOpen(Path file, Throwable failure) {
        LOG.error("Cannot open {}", file, failure);
        dialogs.showError(Words.of("error.db.title"), Words.of("error.db.body", i18n.get(UserMessages.keyFor(failure)),
                file.toString(), i18n.format("error.details", System.getProperty(Logging.LOG_FILE_PROPERTY, ""))));
        Platform.exit();
    }

    /** The user hears of a failed backup once, and it stays until closed; a damaged copy means a damaged database. */
    @Override
    public void backupFailed(Throwable failure) {
        Services open = session.services();
        if (Session.isDamage(failure)) {
            main.showProblem(i18n.get("backup.damagedDatabase"), i18n.get("damage.whatNow"), this::damaged);
        } else if (Session.hasReason(failure, StorageException.Reason.DISK_FULL) && open != null) {
            main.showProblem(i18n.format("backup.failedDiskFull", open.backups().folder().toString()), null, null);
        } else {
            main.showProblem(i18n.format("backup.failed", System.getProperty(Logging.LOG_FILE_PROPERTY, "")), null, null);
        }
    }

    /** In place of the workspace: the database is damaged; restore the last good backup, save what can be read, or quit. */
    @Override
    public void damaged() {
        Services open = session.services();
        if (open == null) {
            return;
        }
        session.damageShown();
        LOG.error("Showing the damaged database {} to the user", open.file());
        if (!canClose()) {
            LOG.warn("Unsaved edits could not be kept: the database is damaged");
        }
        dropWorkspace();
        main.clearAreas(); // every area would run into the damage again
        main.setSidebarVisible(false);
        main.hide();
        DamageViewModel vm = new DamageViewModel(open.backups(), open.exports(), runner, dialogs,
                session::reopenAfterRestore);
        main.showContent(new DamageView(vm, i18n, Platform::exit).root());
    }

    /**
     * Settings ▸ language: the window is built again in the chosen language, after unsaved edits are
     * saved or discarded as the user says; the database stays open.
     */
    private void chooseLanguage() {
        new LanguageViewModel(dialogs, LanguagePreference.SUPPORTED, LanguagePreference::nameOf).choose(
                session.chosenLanguage(), this::canClose, language -> session.chooseLanguage(language,
                        failure -> main.setMessage(i18n.get(UserMessages.keyFor(failure)))));
    }

    @Override
    public void languageChanged(Locale language) {
        String wasShown = workspace == null ? Workspace.TODAY : workspace.shownArea();
        dropWorkspace();
        build(language);
        Services open = session.services();
        if (open != null) {
            using(open, session.demo());
            showWorkspace(wasShown);
        } else {
            showWelcome();
        }
    }
}
