package app.rapport.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words, from {@code app/rapport/i18n/messages*.properties}, and locale-aware formats, in
 * the language of the user context ({@link app.rapport.domain.language.UserContext#language()}) it is made with.
 */
public final class I18n {
    public static final String BUNDLE = "app.rapport.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = app.rapport.domain.language.Bundles.of(locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A keyboard shortcut as the user's keyboard labels it: "Ctrl+Shift+N", in German "Strg+Umschalt+N".
     * JavaFX's {@code KeyCombination.getDisplayText()} writes English modifier names in every language; on
     * a Mac it writes the symbols printed on the keys (⇧⌘N), which are the same in every language.
     */
    public String keys(String combination) {
        javafx.scene.input.KeyCombination keys = javafx.scene.input.KeyCombination.valueOf(combination);
        if (System.getProperty("os.name", "").startsWith("Mac")) {
            return keys.getDisplayText();
        }
        StringBuilder text = new StringBuilder();
        if (keys.getControl() == javafx.scene.input.KeyCombination.ModifierValue.DOWN
                || keys.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
            text.append(get("key.ctrl")).append('+');
        }
        if (keys.getAlt() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
            text.append(get("key.alt")).append('+');
        }
        if (keys.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
            text.append(get("key.shift")).append('+');
        }
        String whole = keys.getDisplayText();
        // the key itself, as printed on it ("N", "F2"): what follows JavaFX's own modifiers
        return text.append(whole.substring(whole.lastIndexOf('+') + 1)).toString();
    }

    /** A message with arguments, numbers and dates formatted for the locale. */
    public String format(String key, Object... args) {
        return app.rapport.domain.language.Messages.format(get(key), locale, args);
    }

    /**
     * The locale's formatter in the calendar its users read: Thai dates in the Buddhist era
     * (22 พ.ย. 2569), unless the locale asks for another calendar. Dates are stored as ISO dates.
     */
    public DateTimeFormatter calendar(DateTimeFormatter formatter) {
        DateTimeFormatter localised = formatter.withLocale(locale);
        String calendar = locale.getUnicodeLocaleType("ca");
        if ("th".equals(locale.getLanguage()) && calendar == null) {
            return localised.withChronology(java.time.chrono.ThaiBuddhistChronology.INSTANCE);
        }
        if (calendar == null || "gregory".equals(calendar)) {
            return localised.withChronology(java.time.chrono.IsoChronology.INSTANCE);
        }
        try {
            return localised.withChronology(java.time.chrono.Chronology.ofLocale(locale));
        } catch (java.time.DateTimeException unknown) {
            return localised.withChronology(java.time.chrono.IsoChronology.INSTANCE);
        }
    }

    /**
     * How far a day is from today in words of the language: "yesterday", "in 2 weeks", "vor 3 Tagen",
     * "через 2 месяца" (ICU4J's relative formats; weeks from 14 days, months from 60, years from 730).
     */
    public String relative(java.time.LocalDate day, java.time.LocalDate today) {
        if (day == null) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        com.ibm.icu.text.RelativeDateTimeFormatter f = com.ibm.icu.text.RelativeDateTimeFormatter.getInstance(
                com.ibm.icu.util.ULocale.forLocale(locale));
        long size = Math.abs(days);
        com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit unit;
        long amount;
        if (size >= 730) {
            unit = com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit.YEAR;
            amount = days / 365;
        } else if (size >= 60) {
            unit = com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit.MONTH;
            amount = days / 30;
        } else if (size >= 14) {
            unit = com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit.WEEK;
            amount = days / 7;
        } else {
            unit = com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY;
            amount = days;
        }
        // "yesterday", "today", "tomorrow" for the nearest days; numbers otherwise
        return size <= 1 ? f.format(amount, unit) : f.formatNumeric(amount, unit);
    }

    /** The calendar date pickers show: the Buddhist era for Thai, as the date formats above. */
    public java.time.chrono.Chronology chronology() {
        return calendar(DateTimeFormatter.ISO_LOCAL_DATE).getChronology();
    }

    /**
     * Puts a date picker in the locale's calendar: the month it opens on and the date in its field,
     * written and read alike. JavaFX's own converter writes the field in the ISO calendar but reads it
     * in the picker's, so in Thai leaving the field turned 22/11/2026 into 1483 (2026 read as a
     * Buddhist year); it is replaced by one that writes and reads the same calendar.
     */
    public void calendar(javafx.scene.control.DatePicker picker) {
        picker.setChronology(chronology());
        picker.setConverter(dateField());
    }

    /** A date as typed in a date picker's field, in the locale's calendar, the whole year: 22/11/2569. */
    public javafx.util.StringConverter<java.time.LocalDate> dateField() {
        java.time.chrono.Chronology chronology = chronology();
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT,
                null, chronology, locale);
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replace("yy", "yyyy"); // the whole year in a field one types in, as JavaFX does
        }
        DateTimeFormatter field = DateTimeFormatter.ofPattern(pattern, locale).withChronology(chronology)
                .withDecimalStyle(java.time.format.DecimalStyle.of(locale));
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : field.format(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : java.time.LocalDate.from(field.parse(text.strip()));
            }
        };
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return calendar(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A compact calendar date for table cells. */
    public String shortDate(java.time.LocalDate date) {
        return date == null ? "" : calendar(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)).format(date);
    }

    /** A birthday: "15 April" without a year, the whole date in the locale's calendar with one. */
    public String birthday(app.rapport.domain.contacts.Birthday birthday) {
        if (birthday == null) {
            return "";
        }
        if (birthday.year() == null) {
            return DateTimeFormatter.ofPattern("d MMMM", locale).format(java.time.MonthDay.of(birthday.month(),
                    birthday.day()));
        }
        return date(java.time.LocalDate.of(birthday.year(), birthday.month(), birthday.day()));
    }

    /** A calendar date, medium length: Nov 22, 2026. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : calendar(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(date);
    }

    /** A compact date for table cells: 9/22/26, 22.09.26. */
    public String shortDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        return calendar(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return calendar(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).withZone(ZoneId.systemDefault()).format(instant);
    }
}
