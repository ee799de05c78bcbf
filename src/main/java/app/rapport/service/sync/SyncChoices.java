package app.rapport.service.sync;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the user chose for an account in the Sync dialog.
 *
 * @param passwordKept keep the password in this computer's keyring
 * @param autoMinutes  minutes between automatic syncs while the window is open; 0 for only when asked
 * @param outTags      the tags whose contacts go out to the server; empty for every contact
 */
public record SyncChoices(boolean passwordKept, int autoMinutes, Set<String> outTags) {
    /** The intervals the window offers, in minutes (0: only when asked). */
    public static final java.util.List<Integer> AUTO_MINUTES = java.util.List.of(0, 15, 30, 60, 240);

    public SyncChoices {
        if (autoMinutes < 0) {
            throw new IllegalArgumentException("autoMinutes must not be negative: " + autoMinutes);
        }
        outTags = Set.copyOf(new TreeSet<>(outTags));
    }
}
