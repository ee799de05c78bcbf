package app.rapport.ui.interactions;

import java.util.List;

/** Opens the quick-log dialog for some contacts; the app wires it to the interaction service. */
@FunctionalInterface
public interface QuickLog {
    /**
     * @param who     the contacts' names, for the dialog's header
     * @param onSaved runs on the FX thread once the interaction is saved
     */
    void open(List<Long> contactIds, String who, Runnable onSaved);
}
