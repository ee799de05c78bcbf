package app.rapport.domain.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sync does, decided from what changed on each side since the last one; nothing is written here.
 *
 * <p>Rapport's side is one {@link Local} per contact that goes out (chosen by the account's tags) or is linked
 * to a card. The server's side is what a collection sync reports: the cards changed or added since the last
 * token (href and new ETag) and the hrefs removed. Then, per contact or card:
 * <table>
 *   <caption>actions</caption>
 *   <tr><th>Rapport</th><th>server</th><th>action</th></tr>
 *   <tr><td>not linked</td><td>—</td><td>{@link Action#CREATE_ON_SERVER}</td></tr>
 *   <tr><td>—</td><td>a card no contact is linked to</td><td>{@link Action#CREATE_HERE} (the service first matches
 *       it to an existing contact, as an import does)</td></tr>
 *   <tr><td>changed</td><td>unchanged</td><td>{@link Action#PUSH}</td></tr>
 *   <tr><td>unchanged</td><td>changed</td><td>{@link Action#PULL}</td></tr>
 *   <tr><td>changed</td><td>changed</td><td>{@link Action#MERGE} ({@link CardMerge})</td></tr>
 *   <tr><td>unchanged</td><td>removed</td><td>{@link Action#DELETE_HERE}, only once the user confirms the count</td></tr>
 *   <tr><td>changed</td><td>removed</td><td>{@link Action#CREATE_ON_SERVER} again: an edit outweighs a delete</td></tr>
 *   <tr><td>in the trash, unchanged</td><td>unchanged</td><td>{@link Action#DELETE_ON_SERVER}, once confirmed</td></tr>
 *   <tr><td>in the trash</td><td>changed</td><td>{@link Action#PULL}: the card's change brings it back</td></tr>
 * </table>
 */
public final class SyncPlanner {
    /** What a sync does with one contact or card. */
    public enum Action { CREATE_ON_SERVER, CREATE_HERE, PUSH, PULL, MERGE, DELETE_HERE, DELETE_ON_SERVER }

    /**
     * A contact as the sync sees it.
     *
     * @param href             its card on the server, null when not linked yet
     * @param changedSinceSync whether it differs from the version last synced (always true when not linked)
     * @param trashed          whether the user moved it to the trash
     */
    public record Local(long contactId, String href, boolean changedSinceSync, boolean trashed) {
    }

    /** What the server reports since the last token: changed or new cards with their ETags, and removed hrefs. */
    public record Remote(Map<String, String> changed, Set<String> removed) {
        public Remote {
            changed = Map.copyOf(changed);
            removed = Set.copyOf(removed);
        }
    }

    /** One step: the contact (0 for a card new to Rapport), the card's href (null before it exists), the action. */
    public record Step(Action action, long contactId, String href, String etag) {
    }

    /** The steps of one sync, grouped by action in the order they run. */
    public record Plan(Map<Action, List<Step>> steps) {
        public List<Step> of(Action action) {
            return steps.getOrDefault(action, List.of());
        }

        public int count(Action action) {
            return of(action).size();
        }

        /** Deletes wait for the user's yes: how many there are of each kind. */
        public boolean asksBeforeDeleting() {
            return count(Action.DELETE_HERE) + count(Action.DELETE_ON_SERVER) > 0;
        }

        public boolean isEmpty() {
            return steps.values().stream().allMatch(List::isEmpty);
        }
    }

    private SyncPlanner() {
    }

    public static Plan plan(List<Local> contacts, Remote remote) {
        Map<Action, List<Step>> steps = new LinkedHashMap<>();
        for (Action a : Action.values()) {
            steps.put(a, new ArrayList<>());
        }
        Map<String, Local> byHref = new HashMap<>();
        for (Local c : contacts) {
            if (c.href() == null) {
                if (!c.trashed()) {
                    steps.get(Action.CREATE_ON_SERVER).add(new Step(Action.CREATE_ON_SERVER, c.contactId(), null, null));
                }
                continue;
            }
            byHref.put(c.href(), c);
            boolean serverChanged = remote.changed().containsKey(c.href());
            String etag = remote.changed().get(c.href());
            if (remote.removed().contains(c.href())) {
                if (c.changedSinceSync() && !c.trashed()) {
                    steps.get(Action.CREATE_ON_SERVER).add(new Step(Action.CREATE_ON_SERVER, c.contactId(), null, null));
                } else if (!c.trashed()) {
                    steps.get(Action.DELETE_HERE).add(new Step(Action.DELETE_HERE, c.contactId(), c.href(), null));
                }
            } else if (c.trashed()) {
                Action a = serverChanged ? Action.PULL : Action.DELETE_ON_SERVER;
                steps.get(a).add(new Step(a, c.contactId(), c.href(), etag));
            } else if (serverChanged && c.changedSinceSync()) {
                steps.get(Action.MERGE).add(new Step(Action.MERGE, c.contactId(), c.href(), etag));
            } else if (serverChanged) {
                steps.get(Action.PULL).add(new Step(Action.PULL, c.contactId(), c.href(), etag));
            } else if (c.changedSinceSync()) {
                steps.get(Action.PUSH).add(new Step(Action.PUSH, c.contactId(), c.href(), null));
            }
        }
        remote.changed().entrySet().stream().filter(e -> !byHref.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> steps.get(Action.CREATE_HERE).add(new Step(Action.CREATE_HERE, 0, e.getKey(), e.getValue())));
        steps.replaceAll((a, list) -> List.copyOf(list));
        return new Plan(steps);
    }
}
