package app.rapport.ui.interactions;

import java.util.List;

/** Opens the quick-log dialog for some contacts, or for changing one; the app wires it to the services. */
public interface QuickLog {
    /**
     * @param who     the contacts' names, for the dialog's header
     * @param onSaved runs on the FX thread once the interaction is saved
     */
    void open(List<Long> contactIds, String who, Runnable onSaved);

    /** The same dialog filled with a logged interaction; saving changes it in place. */
    void edit(long interactionId, String who, Runnable onSaved);
}
