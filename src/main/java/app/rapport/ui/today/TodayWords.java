package app.rapport.ui.today;

import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Words of the Today area in the user's language: a day reads "Fri 27 Nov" in the user's calendar. */
final class TodayWords {
    private final I18n i18n;
    private final DateTimeFormatter day;
    private final DateTimeFormatter fullDay;

    TodayWords(I18n i18n) {
        this.i18n = i18n;
        this.day = i18n.calendar(DateTimeFormatter.ofPattern("EEE d MMM", i18n.locale()));
        this.fullDay = i18n.calendar(DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                .withLocale(i18n.locale()));
    }

    /** The day in full, "Monday, December 7, 2026", as the user's language writes it. */
    String fullDay(LocalDate date) {
        return date == null ? "" : fullDay.format(date);    }

    String text(Words w) {
        if (w == null) {
            return "";
        }
        Object[] args = w.args().stream().map(a -> a instanceof LocalDate d ? day.format(d) : a).toArray();
        return args.length == 0 ? i18n.get(w.key()) : i18n.format(w.key(), args);
    }
}
