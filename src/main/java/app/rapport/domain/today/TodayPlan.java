package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.List;

/** Everything the Today area shows for one day. */
public record TodayPlan(LocalDate day, LaneContents today, LaneContents thisWeek, LaneContents overdue,
                        DailyBudget budget, List<UpcomingBirthday> birthdays) {
    public TodayPlan {
        birthdays = List.copyOf(birthdays);
    }

    public LaneContents lane(Lane lane) {
        return switch (lane) {
            case TODAY -> today;
            case THIS_WEEK -> thisWeek;
            case OVERDUE -> overdue;
        };
    }
}
