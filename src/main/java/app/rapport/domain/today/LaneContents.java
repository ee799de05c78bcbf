package app.rapport.domain.today;

import app.rapport.domain.keepintouch.DueItem;
import java.util.List;

/** One lane: every item in it, ranked by {@link TodayRules#rank}, and how many there are. */
public record LaneContents(Lane lane, List<DueItem> items) {
    public LaneContents {
        items = List.copyOf(items);
    }

    public int count() {
        return items.size();
    }

    /** The first {@code cap} items: what the lane shows until the user asks for all. */
    public List<DueItem> top(int cap) {
        return items.subList(0, Math.min(cap, items.size()));
    }

    /** Whether a "show all" is needed under a cap. */
    public boolean capped(int cap) {
        return items.size() > cap;
    }
}
