package app.rapport.app;

import app.rapport.cli.RapportCommand;
import app.rapport.persistence.DataFolder;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point of {@code rapport.jar}: no subcommand opens the window, a subcommand runs headless.
 * A plain main class (not an Application) so the shaded jar starts on the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        DataFolder folder = DataFolder.forThisMachine();
        Logging.configure(folder.logFile());
        if (opensWindow(args)) {
            Application.launch(RapportApp.class, args);
        } else {
            // the command line never opens a window, even where a display is available (PNG export draws off-screen)
            System.setProperty("java.awt.headless", "true");
            System.exit(RapportCommand.run(args, System.out, System.err));
        }
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
