package app.rapport.domain.calendar;

import app.rapport.domain.contacts.Birthday;
import java.time.LocalDate;

/** Where a yearly birthday event starts. */
public final class BirthdayDates {
    /**
     * The start year of a birthday whose year is unknown. A leap year, so 29 February exists in it and the start
     * matches the rule (RFC 5545 wants DTSTART to be an occurrence); recent, so a program expands the repeats
     * from it cheaply (Apple's vCard marker year 1604 would be read as a real start 400 years ago); the same at
     * every writing, so the event never changes (starting at the next occurrence would move it every year).
     * Thunderbird and Apple Calendar show a yearly all-day event on every later year whatever the start.
     */
    public static final int YEARLESS_START = 2000;

    private BirthdayDates() {
    }

    /** The day of birth when the year is known, else the day in {@link #YEARLESS_START}. */
    public static LocalDate start(Birthday b) {
        return LocalDate.of(b.year() == null ? YEARLESS_START : b.year(), b.month(), b.day());
    }
}
