package app.rapport.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The UIDs of the calendar's events: derived from the database's identity (as for vCards, when its first
 * migration ran) and the contact or follow-up they come from, so the same at every writing of the file and
 * different for another database. A calendar subscribed to the file updates its events by these.
 */
public final class CalendarUids {
    private static final String DOMAIN = "@rapport";

    private CalendarUids() {
    }

    public static String birthday(String identity, long contactId) {
        return uid("birthday " + identity + " " + contactId);
    }

    public static String followUp(String identity, long followUpId) {
        return uid("follow-up " + identity + " " + followUpId);
    }

    /** One digest a day: yesterday's leaves the file, today's is new. */
    public static String digest(String identity, LocalDate day) {
        return uid("digest " + identity + " " + day);
    }

    private static String uid(String seed) {
        return UUID.nameUUIDFromBytes(("rapport calendar " + seed).getBytes(StandardCharsets.UTF_8)) + DOMAIN;
    }
}
