package app.rapport.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Points the log file at the data folder before the first logger is made (logback.xml reads it). */
public final class Logging {
    public static final String LOG_FILE_PROPERTY = "rapport.log.file";

    private Logging() {
    }

    public static void configure(Path logFile) {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            System.setProperty(LOG_FILE_PROPERTY, logFile.toString());
        } catch (Exception e) {
            // no writable data folder: log to the temporary folder rather than not at all
            System.setProperty(LOG_FILE_PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "rapport.log").toString());
        }
    }
}
