package app.rapport.domain.keepintouch;

import java.util.Objects;

/**
 * How often to keep in touch: every {@code amount} days, weeks or months. A month counts as 30 days,
 * so the due date is the same in Java and in SQL. An amount of zero or less is kept so that it can be
 * refused with a message ({@code error.cadence.positive}).
 */
public record Cadence(int amount, Unit unit) {
    public enum Unit {
        DAYS(1),
        WEEKS(7),
        MONTHS(30);

        private final int days;

        Unit(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    public Cadence {
        Objects.requireNonNull(unit, "unit");
    }

    public static Cadence days(int amount) {
        return new Cadence(amount, Unit.DAYS);
    }

    public static Cadence weeks(int amount) {
        return new Cadence(amount, Unit.WEEKS);
    }

    public static Cadence months(int amount) {
        return new Cadence(amount, Unit.MONTHS);
    }

    /** The cadence as stored: days, with the unit remembered for display. */
    public static Cadence ofDays(int days, Unit unit) {
        return new Cadence(days / unit.days(), unit);
    }

    public int days() {
        return amount * unit.days();
    }

    public boolean isValid() {
        return amount > 0;
    }
}
