package app.rapport.domain.ties;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed link from one contact to another, read "from is {@code type} of to" (Anna WORKS_AT Acme,
 * Acme CLIENT of me… ). {@code id} is 0 for a tie not yet saved; {@code since} may be null.
 * Checked by {@link RelationshipRules#checkTie}, not here, so an editor can hold what the user typed.
 */
public record Tie(long id, long fromId, long toId, TieType type, int strength, LocalDate since, String note) {
    public Tie {
        Objects.requireNonNull(type, "type");
        note = note == null ? "" : note.strip();
    }

    public static Tie of(long fromId, long toId, TieType type, int strength) {
        return new Tie(0, fromId, toId, type, strength, null, "");
    }

    public Tie withId(long newId) {
        return new Tie(newId, fromId, toId, type, strength, since, note);
    }

    /** The contact at the other end from {@code contactId}. */
    public long otherEnd(long contactId) {
        return contactId == fromId ? toId : fromId;
    }
}
