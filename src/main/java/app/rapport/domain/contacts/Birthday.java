package app.rapport.domain.contacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalInt;

/** A birthday whose year may be unknown. Construct through {@link #of}, which rejects impossible dates. */
public record Birthday(int month, int day, Integer year) {

    public Birthday {
        if (!isValid(month, day, year)) {
            throw new IllegalArgumentException("No such date: " + year + "-" + month + "-" + day);
        }
    }

    public static Birthday of(int month, int day, Integer year) {
        return new Birthday(month, day, year);
    }

    /** True when the day exists: 29 February needs a leap year when the year is known. */
    public static boolean isValid(int month, int day, Integer year) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        try {
            if (year == null) {
                MonthDay.of(month, day);
            } else {
                if (year < 1800 || year > 9999) {
                    return false;
                }
                LocalDate.of(year, month, day);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    public OptionalInt yearValue() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }
}
