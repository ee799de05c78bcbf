package app.rapport.domain.today;

import java.time.LocalDate;

/** A birthday in the week ahead; {@code age} is the age they turn, null when the year of birth is not known. */
public record UpcomingBirthday(long contactId, String name, LocalDate on, Integer age) {
}
