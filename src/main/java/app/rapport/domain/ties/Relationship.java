package app.rapport.domain.ties;

import app.rapport.domain.keepintouch.Cadence;
import java.time.LocalDate;

/**
 * Me ↔ one contact. {@code cadence} is null when the contact has no keep-in-touch cadence of their
 * own (a tag's default may still apply); {@code introducedBy}, {@code snoozedUntil} and
 * {@code assessment} are null when unknown.
 */
public record Relationship(long contactId, int strength, Cadence cadence, String howWeMet, Long introducedBy,
                           boolean flagged, String flagReason, LocalDate snoozedUntil, Assessment assessment) {
    public static final int DEFAULT_STRENGTH = 3;

    public Relationship {
        howWeMet = howWeMet == null ? "" : howWeMet.strip();
        flagReason = flagReason == null ? "" : flagReason.strip();
    }

    /** A relationship with nothing known yet. */
    public static Relationship empty(long contactId) {
        return new Relationship(contactId, DEFAULT_STRENGTH, null, "", null, false, "", null, null);
    }

    public Relationship withCadence(Cadence value) {
        return new Relationship(contactId, strength, value, howWeMet, introducedBy, flagged, flagReason, snoozedUntil,
                assessment);
    }

    public Relationship withStrength(int value) {
        return new Relationship(contactId, value, cadence, howWeMet, introducedBy, flagged, flagReason, snoozedUntil,
                assessment);
    }

    public Relationship withFlag(boolean value, String reason) {
        return new Relationship(contactId, strength, cadence, howWeMet, introducedBy, value, reason, snoozedUntil,
                assessment);
    }

    public Relationship withAssessment(Assessment value) {
        return new Relationship(contactId, strength, cadence, howWeMet, introducedBy, flagged, flagReason, snoozedUntil,
                value);
    }

    public Relationship withMet(String how, Long introducer) {
        return new Relationship(contactId, strength, cadence, how, introducer, flagged, flagReason, snoozedUntil,
                assessment);
    }

    public Relationship withSnoozedUntil(LocalDate value) {
        return new Relationship(contactId, strength, cadence, howWeMet, introducedBy, flagged, flagReason, value,
                assessment);
    }
}
