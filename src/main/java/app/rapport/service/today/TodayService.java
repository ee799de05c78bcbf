package app.rapport.service.today;

import app.rapport.domain.today.TodayPlan;
import app.rapport.domain.today.TodayRules;
import app.rapport.service.keepintouch.KeepInTouchService;
import java.time.LocalDate;

/** Builds the Today area's plan from the keep-in-touch list ({@link TodayRules}). Blocking calls. */
public class TodayService {
    /** Enough for every item of a week on any real network; the lanes show their counts from these. */
    static final int ITEM_LIMIT = 100_000;

    private final KeepInTouchService keepInTouch;
    private final TodayRepository repository;

    public TodayService(KeepInTouchService keepInTouch, TodayRepository repository) {
        this.keepInTouch = keepInTouch;
        this.repository = repository;
    }

    public TodayPlan plan(LocalDate today) {
        return TodayRules.plan(today, keepInTouch.due(today, TodayRules.WEEK_DAYS, ITEM_LIMIT),
                repository.overdueByCadence(today),
                repository.birthdays(today, today.plusDays(TodayRules.WEEK_DAYS - 1L)));
    }
}
