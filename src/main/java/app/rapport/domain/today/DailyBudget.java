package app.rapport.domain.today;

import app.rapport.domain.keepintouch.DueItem;
import java.util.List;

/**
 * "N people to reach today": {@code picked} are the first N of the overdue lane (its ranking), chosen so
 * that {@code overdue} items are worked down over one {@code cadenceDays} period ({@link TodayRules#budget}).
 */
public record DailyBudget(int size, int overdue, int cadenceDays, List<DueItem> picked) {
    public DailyBudget {
        picked = List.copyOf(picked);
    }
}
