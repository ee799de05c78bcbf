package app.rapport.domain.keepintouch;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of the card playbook as a checklist. {@code windowStart} is the first day on which a logged step counts
 * as done ({@link PlaybookRules}); items are in the order to work through them.
 */
public record Playbook(PlaybookKind kind, LocalDate windowStart, List<PlaybookItem> items) {
    public Playbook {
        items = List.copyOf(items);
    }

    public int total() {
        return items.size();
    }

    public int done() {
        return (int) items.stream().filter(PlaybookItem::done).count();
    }

    /** done / total, from 0 to 1; an empty playbook has nothing done, so 0. */
    public double progress() {
        return items.isEmpty() ? 0 : (double) done() / items.size();
    }
}
