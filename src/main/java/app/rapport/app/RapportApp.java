package app.rapport.app;

import app.rapport.persistence.DataFolder;
import app.rapport.ui.common.ComplexText;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: start-up and wiring. The {@link Session} opens the database in the
 * background while the window is built; the {@link Shell} shows what the session has open.
 */
public final class RapportApp extends Application {
    /** Benchmark hook: print a line and quit once the contacts list has drawn its first rows. */
    public static final String FIRST_FRAME_PROPERTY = "rapport.bench.firstFrame";
    public static final String FIRST_FRAME_MARKER = "RAPPORT_FIRST_FRAME";

    private static final Logger LOG = LoggerFactory.getLogger(RapportApp.class);

    private DataFolder folder;
    /** Where the user's language is kept, who the window works for at start, and the language chosen (null: the computer's). */
    private LanguagePreference preference;
    private app.rapport.domain.language.UserContext startUser;
    private java.util.Locale chosenLanguage;
    private WindowPreference windowPreference;
    /** Where the window was last run, read before the window exists; null when never kept. */
    private WindowPreference.State keptWindow;
    private FxTaskRunner runner;
    private Session session;
    private WindowPlace place;
    private Shell shell;

    /** Reads the user's language and the window's last place from the data folder, off the FX thread. */
    @Override
    public void init() {
        folder = DataFolder.forThisMachine();
        preference = new LanguagePreference(folder.root()); // the computer's locale, read once here
        chosenLanguage = preference.chosen();
        startUser = preference.userContext();
        windowPreference = new WindowPreference(folder.root());
        keptWindow = windowPreference.read().orElse(null);
    }

    @Override
    public void start(Stage stage) {
        LOG.info("Starting {} ms after the JVM started", Session.uptime());
        StartOptions options = StartOptions.from(getParameters().getRaw(), folder);
        runner = new FxTaskRunner();
        session = new Session(folder, options.database(), runner, preference, startUser, chosenLanguage);
        runner.watchFailures(session::watchForDamage);
        ComplexText.install(); // wrapped Thai drawn line by line in every window (a JavaFX bug on Linux)
        // the database opens in the background while the window is built; its callback runs after start()
        session.openStart();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/app/rapport/ui/rapport.css")).toExternalForm());
        FxDialogService dialogs = new FxDialogService(() -> shell.i18n(), () -> stage);
        place = new WindowPlace(windowPreference, keptWindow, runner);
        shell = new Shell(session, runner, stage, scene, place, dialogs, session.language());
        session.setListener(shell);
        stage.setTitle(shell.i18n().get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        place.place(stage);
        stage.setOnCloseRequest(e -> {
            if (!shell.canClose()) {
                e.consume();
            }
        });
        stage.show();
        LOG.info("Window shown {} ms after the JVM started", Session.uptime());
    }

    /**
     * What the window works on now (null before a database is open). The file's lock keeps every other
     * connection out, so this is how a test reads what the window wrote.
     */
    public Services services() {
        return session == null ? null : session.services();
    }

    @Override
    public void stop() {
        if (runner == null) {
            return;
        }
        if (place != null) {
            place.stop(); // the window's place is queued before the database closes; close() below waits for it
        }
        session.close();
        runner.close();
    }
}
