package app.rapport.domain.keepintouch;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * When a contact is due and how urgent that is. The database keeps the same due date in
 * {@code contact.next_due_on} (view {@code contact_due} in V2); these are the rules it follows.
 *
 * <p><b>Due date.</b> The cadence is the contact's own, else the shortest default of their tags. It
 * runs from the last interaction with them, or from the day they were added when there is none:
 * {@code due = last + cadence.days()}. A snooze moves it to the end of the snooze when that is later:
 * {@code due = max(due, snoozedUntil)}.
 *
 * <p><b>Urgency.</b> How far through their cadence a contact is, weighted by the strength of the
 * relationship:
 * <pre>
 *   urgency = (today − due + cadenceDays) / cadenceDays × strength / 3
 * </pre>
 * It is 1.0 on the due day for strength 3, 2.0 one whole cadence late; a contact due in a week on a
 * 4-week cadence is at 0.75. Being 30 days late on a 30-day cadence (2.0) is more urgent than 30 days
 * late on a 180-day one (1.17): the late fraction counts, not the days. Strength 5 weighs 5/3, strength
 * 1 a third. Birthdays and follow-ups have no cadence; they are ranked as if on a {@link #NOTICE_DAYS}
 * cadence, so one due today ranks with a cadence contact due today.
 */
public final class DueRules {
    /** The cadence birthdays and follow-ups are ranked with: a week's notice. */
    public static final int NOTICE_DAYS = 7;

    private DueRules() {
    }

    /** The shortest of the cadences, or null when there is none. */
    public static Cadence effectiveCadence(Cadence own, Collection<Cadence> tagDefaults) {
        if (own != null) {
            return own;
        }
        return tagDefaults.stream().filter(Objects::nonNull).min(Comparator.comparingInt(Cadence::days)).orElse(null);
    }

    /**
     * @param lastInteraction the day of the last interaction, or null when there was none
     * @param addedOn         when the contact was added; the cadence runs from there without interactions
     * @return the due date, or null when there is no cadence
     */
    public static LocalDate dueDate(LocalDate lastInteraction, LocalDate addedOn, Cadence cadence,
                                    LocalDate snoozedUntil) {
        if (cadence == null) {
            return null;
        }
        LocalDate from = lastInteraction != null ? lastInteraction : addedOn;
        LocalDate due = from.plusDays(cadence.days());
        return snoozedUntil != null && snoozedUntil.isAfter(due) ? snoozedUntil : due;
    }

    /** Days past the due date; negative while it is still ahead. */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(due, today);
    }

    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }

    /** Due today or within the next {@code days} days, or already overdue. */
    public static boolean isDueWithin(LocalDate due, LocalDate today, int days) {
        return due != null && !due.isAfter(today.plusDays(days));
    }

    /** See the class comment. */
    public static double urgency(LocalDate due, int cadenceDays, int strength, LocalDate today) {
        if (cadenceDays <= 0) {
            throw new IllegalArgumentException("cadence must be positive: " + cadenceDays);
        }
        return (daysOverdue(due, today) + cadenceDays) / (double) cadenceDays * strength / 3.0;
    }

    /**
     * The next birthday on or after {@code today}. 29 February falls on 28 February in other years.
     */
    public static LocalDate nextBirthday(MonthDay birthday, LocalDate today) {
        LocalDate thisYear = onYear(birthday, today.getYear());
        return thisYear.isBefore(today) ? onYear(birthday, today.getYear() + 1) : thisYear;
    }

    private static LocalDate onYear(MonthDay birthday, int year) {
        return birthday.isValidYear(year) ? birthday.atYear(year) : LocalDate.of(year, 2, 28);
    }
}
