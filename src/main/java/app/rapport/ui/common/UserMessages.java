package app.rapport.ui.common;

import app.rapport.io.exporting.ExportException;
import app.rapport.service.StorageException;

/** Says what went wrong in the user's words; the details stay in the log. */
public final class UserMessages {
    private UserMessages() {
    }

    /** The resource-bundle key of the message for a failure. */
    public static String keyFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExportException export) {
                return "export.error." + export.reason().name();
            }
            if (t instanceof StorageException se) {
                return switch (se.reason()) {
                    case NOT_RAPPORT -> "error.db.notRapport";
                    case CORRUPT -> "error.db.corrupt";
                    case LOCKED -> "error.db.locked";
                    case TOO_NEW -> "error.db.tooNew";
                    case READ_ONLY -> "error.db.readOnly";
                    case DISK_FULL -> "error.db.diskFull";
                    case CANNOT_OPEN -> "error.db.cannotOpen";
                    case NOT_FOUND -> "error.contact.gone";
                    case OTHER -> "error.unexpected";
                };
            }
        }
        return "error.unexpected";
    }
}
