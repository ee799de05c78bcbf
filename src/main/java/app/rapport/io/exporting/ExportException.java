package app.rapport.io.exporting;

import java.nio.file.Path;

/** A file that could not be written, with what the user can do about it; nothing was left half written. */
public final class ExportException extends RuntimeException {

    public enum Reason {
        /** the folder does not exist */
        NO_FOLDER,
        /** the folder or the file may not be written */
        NOT_ALLOWED,
        /** the name is a folder's */
        IS_FOLDER,
        /** the disk is full */
        DISK_FULL,
        /** anything else */
        FAILED
    }

    private final Reason reason;
    private final Path target;

    public ExportException(Reason reason, Path target, Throwable cause) {
        super(reason + ": " + target, cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }
}
