package app.rapport.cli;

import app.rapport.service.backup.BackupException;
import java.nio.file.Path;

/** Plain English for a backup file Rapport will not use; "nothing was changed" because nothing was. */
final class BackupMessages {
    private BackupMessages() {
    }

    static String of(BackupException e, Path file) {
        return switch (e.reason()) {
            case NOT_A_BACKUP -> file + " is not a Rapport backup; nothing was changed.";
            case DAMAGED -> file + " is damaged or incomplete; nothing was changed.";
            case INVALID_VALUE -> file + " holds a value Rapport cannot use"
                    + (e.detail() == null ? "" : " (" + e.detail() + ")") + "; nothing was changed. Correct it or use another backup.";
            case TOO_NEW -> file + " was written by a newer version of Rapport; update Rapport to restore it. "
                    + "Nothing was changed.";
            case NOT_EMPTY -> "the database already holds data; nothing was changed.";
            case PASSPHRASE_NEEDED -> file + " is encrypted: give its passphrase on a terminal or with --passphrase-file. "
                    + "Nothing was changed.";
            case WRONG_PASSPHRASE -> "wrong passphrase: it does not open " + file + ". Nothing was changed.";
        };
    }
}
