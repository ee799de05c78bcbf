package app.rapport.io.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as contact files write them: ISO ("1985-04-15", "19850415"), without a year ("--04-15",
 * "--0415"), US ("4/15/1985", Outlook), German ("15.04.1985") and English words ("15 Apr 2023",
 * LinkedIn). Whether the day exists is the caller's check.
 */
final class DateText {
    /** A day whose year may be unknown (null); the numbers are as written, not yet checked. */
    record Day(int month, int day, Integer year) {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
    private static final List<DateTimeFormatter> WORDS = List.of(
            words("d MMM uuuu"), words("d MMMM uuuu"), words("MMM d, uuuu"), words("MMMM d, uuuu"));

    private DateText() {
    }

    /** The day written in {@code text}, slashes read month first, or null when it is not a date in any of these forms. */
    static Day parse(String text) {
        return parse(text, false);
    }

    /** As {@link #parse(String)}, slashes read day first ("13/02/1980") when {@code dayFirst}. */
    static Day parse(String text, boolean dayFirst) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return new Day(num(m.group(2)), num(m.group(3)), num(m.group(1)));
        }
        m = NO_YEAR.matcher(t);
        if (m.matches()) {
            return new Day(num(m.group(1)), num(m.group(2)), null);
        }
        m = US.matcher(t);
        if (m.matches()) {
            int year = num(m.group(3));
            if (m.group(3).length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            int first = num(m.group(1));
            int second = num(m.group(2));
            return dayFirst ? new Day(second, first, year) : new Day(first, second, year);
        }
        m = GERMAN.matcher(t);
        if (m.matches()) {
            return new Day(num(m.group(2)), num(m.group(1)), m.group(3) == null ? null : num(m.group(3)));
        }
        for (DateTimeFormatter f : WORDS) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                return new Day(d.getMonthValue(), d.getDayOfMonth(), d.getYear());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /**
     * What the slash dates among {@code texts} allow: day first when one has a first number over 12,
     * month first when one has a second number over 12, null when every one could be either (or there
     * is none, or they contradict each other).
     */
    static DateOrder slashOrder(Iterable<String> texts) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String text : texts) {
            Matcher m = US.matcher(text == null ? "" : text.strip());
            if (m.matches()) {
                dayFirst |= num(m.group(1)) > 12;
                monthFirst |= num(m.group(2)) > 12;
            }
        }
        return dayFirst == monthFirst ? null : dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    /** True when {@code text} is a date with slashes (03/04/1982). */
    static boolean hasSlashes(String text) {
        return text != null && US.matcher(text.strip()).matches();
    }

    /** Outlook writes "0/0/00" for no date. */
    static boolean isEmptyDate(String text) {
        return text == null || text.isBlank() || text.strip().matches("0+/0+/0+");
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static DateTimeFormatter words(String pattern) {
        // strict: 31 Feb is no date, not 28 Feb
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
