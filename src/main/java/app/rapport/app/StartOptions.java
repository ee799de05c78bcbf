package app.rapport.app;

import app.rapport.persistence.DataFolder;
import java.nio.file.Path;
import java.util.List;

/** What the window was started with: the database to open, or the default one. */
record StartOptions(Path database, boolean explicit) {
    static StartOptions from(List<String> args, DataFolder folder) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--db=")) {
                return new StartOptions(Path.of(a.substring(5)), true);
            }
            if (a.equals("--db") && i + 1 < args.size()) {
                return new StartOptions(Path.of(args.get(i + 1)), true);
            }
        }
        return new StartOptions(folder.database(), false);
    }
}
