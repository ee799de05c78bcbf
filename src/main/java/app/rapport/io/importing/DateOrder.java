package app.rapport.io.importing;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How to read a date with slashes such as 03/04/1982. {@link #AUTO} reads each file the one way its
 * dates allow (13/02/1980 can only be day first), and where every date could be either, in the order of
 * the user's locale, saying so in the preview.
 */
public enum DateOrder {
    AUTO,
    DAY_FIRST,
    MONTH_FIRST;

    /** The order in which {@code locale} writes short dates: month first in the US, day first in most places. */
    public static DateOrder ofLocale(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        return month >= 0 && day >= 0 && month < day ? MONTH_FIRST : DAY_FIRST;
    }
}
