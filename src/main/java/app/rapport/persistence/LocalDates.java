package app.rapport.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Local dates and date-times as fixed-width ISO text, so they sort correctly as strings in SQL. */
public final class LocalDates {
    /** What {@code contact.next_due_on} holds for a contact without a cadence, so it sorts last. */
    static final String NO_DUE = "9999-12-31";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private LocalDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate parse(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A next-due date, null for {@link #NO_DUE}. */
    public static LocalDate parseDue(String text) {
        return text == null || NO_DUE.equals(text) ? null : LocalDate.parse(text);
    }

    public static String format(LocalDateTime at) {
        return DATE_TIME.format(at);
    }

    public static LocalDateTime parseDateTime(String text) {
        return LocalDateTime.parse(text, DATE_TIME);
    }
}
