package app.rapport.service.settings;

import app.rapport.domain.review.ReviewRules;
import java.util.Locale;
import java.util.Optional;

/** The settings Rapport reads, with their defaults; invalid stored values fall back to the default. */
public class Settings {
    public static final String CARD_FOLLOW_UP_DAYS = "cards.followUpDays";
    public static final String RETURN_ADDRESS = "cards.returnAddress";
    public static final String HOME_COUNTRY = "home.country";
    /** Months without a review before Review asks about a contact. */
    public static final String REVIEW_MONTHS = "review.months";
    /** Where the user stopped in the review round; kept with the round by the review repository. */
    public static final String REVIEW_PLACE = "review.place";
    /**
     * The public key backups are encrypted for (see {@link app.rapport.io.encryption.RecipientKey}); no
     * secret. Kept by the backup store, which carries it across restores.
     */
    public static final String BACKUP_KEY = "backups.key";
    /** How far a demo fill got while it is not finished; written with each chunk of it, removed at its end. */
    public static final String UNFINISHED_DEMO = "demo.unfinished";
    /** The calendar file (.ics) Rapport keeps up to date; none until the user chooses one. */
    public static final String CALENDAR_FILE = "calendar.file";
    /** "true" when the calendar's events carry alarms. */
    public static final String CALENDAR_ALARMS = "calendar.alarms";
    /** When the calendar file was last written (an ISO instant). */
    public static final String CALENDAR_WRITTEN = "calendar.written";
    public static final int MAX_REVIEW_MONTHS = 120;
    /** The card playbook: call two weeks after the card. */
    public static final int DEFAULT_FOLLOW_UP_DAYS = 14;
    public static final int MAX_FOLLOW_UP_DAYS = 365;

    private final SettingsRepository repository;
    private final String region;

    /** Settings with no home country but the one stored. */
    public Settings(SettingsRepository repository) {
        this(repository, "");
    }

    /** @param region the user's country ({@link app.rapport.domain.language.UserContext#region()}), the home country when none is set */
    public Settings(SettingsRepository repository, String region) {
        this.repository = repository;
        this.region = region == null ? "" : region;
    }

    /** Days from sending a card to the follow-up call, 1–365. */
    public int cardFollowUpDays() {
        try {
            int days = Integer.parseInt(repository.get(CARD_FOLLOW_UP_DAYS).orElse("").strip());
            return days >= 1 && days <= MAX_FOLLOW_UP_DAYS ? days : DEFAULT_FOLLOW_UP_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_FOLLOW_UP_DAYS;
        }
    }

    public void setCardFollowUpDays(int days) {
        if (days < 1 || days > MAX_FOLLOW_UP_DAYS) {
            throw new IllegalArgumentException("follow-up days out of range: " + days);
        }
        repository.put(CARD_FOLLOW_UP_DAYS, Integer.toString(days));
    }

    /** The sender's lines for envelopes, empty when not set. */
    public String returnAddress() {
        return repository.get(RETURN_ADDRESS).orElse("");
    }

    public void setReturnAddress(String lines) {
        repository.put(RETURN_ADDRESS, lines == null || lines.isBlank() ? null : lines.strip());
    }

    /**
     * ISO country of the user: addresses there are printed without a country line. The one set, else
     * the user's country; "" when neither is known.
     */
    public String homeCountry() {
        return repository.get(HOME_COUNTRY).filter(c -> c.length() == 2)
                .orElse(region).toUpperCase(Locale.ROOT);
    }

    public void setHomeCountry(String isoCode) {
        repository.put(HOME_COUNTRY, isoCode == null || isoCode.isBlank() ? null : isoCode.strip().toUpperCase(Locale.ROOT));
    }

    /** Months without a review before a contact needs one, 1–120; 6 unless set. */
    public int reviewMonths() {
        try {
            int months = Integer.parseInt(repository.get(REVIEW_MONTHS).orElse("").strip());
            return months >= 1 && months <= MAX_REVIEW_MONTHS ? months : ReviewRules.DEFAULT_MONTHS;
        } catch (NumberFormatException e) {
            return ReviewRules.DEFAULT_MONTHS;
        }
    }

    public void setReviewMonths(int months) {
        if (months < 1 || months > MAX_REVIEW_MONTHS) {
            throw new IllegalArgumentException("review months out of range: " + months);
        }
        repository.put(REVIEW_MONTHS, Integer.toString(months));
    }

    /** The note a demo fill keeps while it is not finished, as {@code DemoNetwork} wrote it. */
    public Optional<String> unfinishedDemo() {
        return repository.get(UNFINISHED_DEMO);
    }

    /** The demo is finished: its note goes. */
    public void clearUnfinishedDemo() {
        repository.put(UNFINISHED_DEMO, null);
    }

    /** The calendar file Rapport keeps up to date, empty until chosen. */
    public Optional<String> calendarFile() {
        return repository.get(CALENDAR_FILE).filter(f -> !f.isBlank());
    }

    /** @param file null or blank: no calendar file any more */
    public void setCalendarFile(String file) {
        repository.put(CALENDAR_FILE, file == null || file.isBlank() ? null : file);
    }

    public boolean calendarAlarms() {
        return repository.get(CALENDAR_ALARMS).map("true"::equals).orElse(false);
    }

    public void setCalendarAlarms(boolean on) {
        repository.put(CALENDAR_ALARMS, on ? "true" : null);
    }

    /** When the calendar file was last written; empty when never or unreadable. */
    public Optional<java.time.Instant> calendarWritten() {
        try {
            return repository.get(CALENDAR_WRITTEN).map(java.time.Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void setCalendarWritten(java.time.Instant at) {
        repository.put(CALENDAR_WRITTEN, at == null ? null : at.toString());
    }
}
