package app.rapport.persistence;

import app.rapport.io.exporting.OutputGuard;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Rapport keeps its files on each platform: Linux {@code $XDG_DATA_HOME/rapport} (else
 * {@code ~/.local/share/rapport}), macOS {@code ~/Library/Application Support/Rapport}, Windows
 * {@code %APPDATA%\Rapport}. {@code rapport.data.dir} overrides it, which tests and the benchmark use.
 */
public final class DataFolder {
    public static final String OVERRIDE_PROPERTY = "rapport.data.dir";

    private final Path root;

    public DataFolder(Path root) {
        this.root = root;
    }

    public static DataFolder forThisMachine() {
        return new DataFolder(resolve(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."), System.getProperty(OVERRIDE_PROPERTY)));
    }

    static Path resolve(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Rapport")
                    : Path.of(home, "AppData", "Roaming", "Rapport");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "rapport") : Path.of(home, ".local", "share", "rapport");
    }

    public Path root() {
        return root;
    }

    /** The user's own database. */
    public Path database() {
        return root.resolve("rapport.db");
    }

    /** The demo network, kept apart from the user's own data. */
    public Path demoDatabase() {
        return root.resolve("demo.db");
    }

    /**
     * Where the backups of {@code database} go: a {@code backups} folder beside it, which for the
     * user's own database is the data folder's. Backups of a file elsewhere stay with that file.
     */
    public static Path backupsOf(Path database) {
        return database.toAbsolutePath().resolveSibling("backups");
    }

    /** What no export or copy may write over while {@code database} is open: it, its working files, its backups. */
    public static OutputGuard outputGuardOf(Path database) {
        return new OutputGuard(database, backupsOf(database));
    }

    public Path logFile() {
        return root.resolve("rapport.log");
    }
}
