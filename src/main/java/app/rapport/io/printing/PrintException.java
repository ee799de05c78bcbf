package app.rapport.io.printing;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something the user can act on (a layout that does not fit, nothing to print, a folder that cannot be
 * written). The interface shows {@link #messageKey()} with {@link #args()} from its bundle;
 * {@link #getMessage()} is the English text, for the command line and the log.
 */
public class PrintException extends RuntimeException {
    public static final String NOTHING_TO_PRINT = "print.error.nothingToPrint";
    public static final String FOLDER_MISSING = "print.error.folderMissing";
    public static final String ACCESS_DENIED = "print.error.accessDenied";
    public static final String CANNOT_WRITE = "print.error.cannotWrite";
    public static final String CANNOT_READ = "print.error.cannotRead";
    public static final String PAPER_INVALID = "print.error.paperInvalid";
    public static final String LABEL_GRID_INVALID = "print.error.labelGridInvalid";
    public static final String LABELS_OVERLAP = "print.error.labelsOverlap";
    public static final String LABELS_TOO_WIDE = "print.error.labelsTooWide";
    public static final String LABELS_TOO_TALL = "print.error.labelsTooTall";
    public static final String START_POSITION = "print.error.startPosition";
    public static final String UNKNOWN_FORMAT = "print.error.unknownFormat";
    public static final String NO_COLUMNS = "print.error.noColumns";

    private static final String BUNDLE = "app.rapport.i18n.messages";

    private final String messageKey;
    private final transient Object[] args;

    public PrintException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public PrintException(Throwable cause, String messageKey, Object... args) {
        super(english(messageKey, args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    private static String english(String key, Object[] args) {
        try {
            String pattern = app.rapport.domain.language.Bundles.english().getString(key);
            return app.rapport.domain.language.Messages.format(pattern, Locale.ENGLISH, args);
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(args);
        }
    }
}
