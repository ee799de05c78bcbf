package app.rapport.cli;

import app.rapport.io.importing.ImportProblem;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import's problems in the English words of the window's bundle, so the command line and the
 * window say the same thing. Scripts may match on them.
 */
final class ImportMessages {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ImportMessages() {
    }

    static String of(ImportProblem problem) {
        String pattern = ENGLISH.containsKey(problem.messageKey()) ? ENGLISH.getString(problem.messageKey())
                : problem.messageKey();
        return app.rapport.domain.language.Messages.format(pattern, Locale.ROOT, problem.args().toArray());
    }
}
