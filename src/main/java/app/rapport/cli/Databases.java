package app.rapport.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by commands that only read. */
final class Databases {
    private Databases() {
    }

    /** Reading commands must not create an empty database where the user mistyped a name. */
    static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new CliFailure("there is no database at " + file + ".");
        }
        return file;
    }
}
