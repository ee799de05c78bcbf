package app.rapport.launch;

import app.rapport.app.Logging;
import app.rapport.app.RapportApp;
import app.rapport.cli.RapportCommand;
import app.rapport.persistence.DataFolder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code rapport.jar}: no subcommand opens the window, a subcommand runs headless.
 * A plain main class (not an Application) so the shaded jar starts on the classpath.
 */
public final class Launcher {
    /** What a user who starts the window without a desktop (over ssh, on a server) reads; plain, like the CLI. */
    static final String NO_DESKTOP = "Rapport needs a graphical desktop; use a subcommand, see --help";
    /** The exit code then: not 0, and not 1, which the command line uses for its own errors. */
    static final int NO_DESKTOP_EXIT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        DataFolder folder = DataFolder.forThisMachine();
        Logging.configure(folder.logFile());
        if (opensWindow(args)) {
            if (!hasDesktop(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
                noDesktop(null);
            }
            try {
                Application.launch(RapportApp.class, args);
            } catch (UnsupportedOperationException e) {
                // the toolkit found no display after all ("Unable to open DISPLAY"): one line, no stack trace
                noDesktop(e);
            }
        } else {
            // the command line never opens a window, even where a display is available (PNG export draws off-screen)
            System.setProperty("java.awt.headless", "true");
            System.exit(RapportCommand.run(args, System.out, System.err));
        }
    }

    private static void noDesktop(Throwable cause) {
        LOG.error("No graphical desktop to open the window on", cause);
        System.err.println(NO_DESKTOP);
        System.exit(NO_DESKTOP_EXIT);
    }

    /**
     * False on Linux and other X11/Wayland systems when neither DISPLAY nor WAYLAND_DISPLAY is set and no
     * headless toolkit (Monocle) was asked for: GTK would fail with a stack trace. Windows and macOS
     * always have their desktop.
     */
    static boolean hasDesktop(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if (glassPlatform != null && !glassPlatform.isBlank()) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** True when the arguments are empty or only name a database file. */
    static boolean opensWindow(String[] args) {
        List<String> rest = Arrays.asList(args);
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.size() == 1 && rest.get(0).startsWith("--db=")) {
            return true;
        }
        return rest.size() == 2 && rest.get(0).equals("--db");
    }
}
