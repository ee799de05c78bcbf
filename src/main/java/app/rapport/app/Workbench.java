package app.rapport.app;

import app.rapport.service.DataChanges;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.UserMessages;
import app.rapport.ui.interactions.QuickLog;
import app.rapport.ui.main.MainView;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What every area and sidebar command of one open database works with: its services, the one
 * background runner, the window's words, frame, dialogs and owner, the change signal, and the ways to
 * another area (open a contact) and to the Log dialog.
 */
record Workbench(Services services, FxTaskRunner runner, I18n i18n, MainView main, DialogService dialogs,
        Supplier<Window> window, DataChanges changes, LongConsumer openContact, QuickLog quickLog) {

    /** What the window gives every workspace: the runner, its words, its frame and its dialogs. */
    record Frame(FxTaskRunner runner, I18n i18n, MainView main, DialogService dialogs) {
    }

    /** Says in the status bar what went wrong, in the user's words. */
    void failed(Throwable failure) {
        main.setMessage(i18n.get(UserMessages.keyFor(failure)));
    }
}
