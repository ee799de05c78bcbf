package app.rapport.service.calendar;

/**
 * What goes into the calendar file: alarms or none; follow-ups due up to {@code days} days ahead (open ones
 * already past stay on their day); the daily digest naming the Today area's pick, at most {@code digestSize} people.
 */
public record CalendarOptions(boolean alarms, int days, int digestSize) {
    public static final int DEFAULT_DAYS = 366;
    public static final int MAX_DAYS = 3660;
    /** As many as the Today area's daily pick can hold. */
    public static final int DEFAULT_DIGEST_SIZE = app.rapport.domain.today.TodayRules.MAX_BUDGET;

    public CalendarOptions {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        if (digestSize < 0) {
            throw new IllegalArgumentException("digest size below 0: " + digestSize);
        }
    }

    public static CalendarOptions withAlarms(boolean alarms) {
        return new CalendarOptions(alarms, DEFAULT_DAYS, DEFAULT_DIGEST_SIZE);
    }
}
