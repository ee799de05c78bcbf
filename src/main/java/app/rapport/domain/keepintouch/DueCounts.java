package app.rapport.domain.keepintouch;

/** How many keep-in-touch items are overdue (due before today) and due this week (today and the six days after). */
public record DueCounts(long overdue, long dueThisWeek) {
}
