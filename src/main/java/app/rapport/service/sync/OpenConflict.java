package app.rapport.service.sync;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.sync.CardMerge;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A conflict a sync found and the user has not chosen for yet: per field both sides changed differently, Rapport's
 * value (the contact's now) and the server's (its card as the sync read it).
 *
 * @param contactId   null when the contact was deleted for good or merged away; also for one in the trash
 *                    ({@link #contactGone}): such a conflict can only be dismissed
 * @param contactName the contact's name as shown; the server card's when the contact is gone
 */
public record OpenConflict(long id, long accountId, Long contactId, String contactName, List<FieldValues> fields,
        Instant foundAt) {
    public OpenConflict {
        fields = List.copyOf(fields);
    }

    public boolean contactGone() {
        return contactId == null;
    }

    /**
     * One field's two values ({@code rapport} null when the contact is gone), raw for a window to say in the user's
     * language, and as plain text for the command line.
     */
    public record FieldValues(CardMerge.Field field, Object rapport, Object server) {
        public String rapportText() {
            return text(rapport);
        }

        public String serverText() {
            return text(server);
        }
    }

    /** A value as plain text: a date as ISO 8601 (--MM-DD without a year), a photo by its type and size. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Birthday b) {
            return b.year() == null ? String.format(Locale.ROOT, "--%02d-%02d", b.month(), b.day())
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", b.year(), b.month(), b.day());
        }
        if (value instanceof ContactPhoto p) {
            return "photo (" + p.mime() + ", " + Math.max(1, p.bytes().length / 1024) + " KB)";
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }
}
