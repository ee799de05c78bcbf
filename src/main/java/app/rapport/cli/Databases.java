package app.rapport.cli;

import app.rapport.io.exporting.ExportException;
import app.rapport.persistence.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by commands that only read. */
final class Databases {
    private Databases() {
    }

    /**
     * Refuses an output the database needs (itself under any name, its working files, its backups,
     * another Rapport database) before the database is even opened, so a refused command leaves it
     * byte for byte as it was. The write asks the same guard again when it happens.
     */
    static Path checkOutput(Path database, Path out) {
        try {
            return DataFolder.outputGuardOf(database).check(out).file();
        } catch (ExportException e) {
            throw new CliFailure(ExportCommand.message(e));
        }
    }

    /**
     * Reading commands must not create an empty database where the user mistyped a name, nor write
     * Rapport's tables into an empty file (what {@code touch} makes): there is nothing to read in either.
     */
    static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new CliFailure("there is no database at " + file + ".");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new CliFailure(file + " is empty: it holds no Rapport data yet. Nothing was changed.");
            }
        } catch (java.io.IOException e) {
            throw new CliFailure("cannot read " + file + ".");
        }
        return file;
    }
}
