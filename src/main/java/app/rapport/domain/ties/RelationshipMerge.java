package app.rapport.domain.ties;

import app.rapport.domain.contacts.ContactMerge;

/**
 * My relationships to two contacts that turn out to be one, as one: the stronger strength, the kept
 * one's cadence and introducer unless it has none, both stories of how we met, a flag if either was
 * flagged (with both reasons), and the more recent assessment.
 */
public final class RelationshipMerge {
    private RelationshipMerge() {
    }

    /** The relationship of {@code keepId}; null when neither contact had one. */
    public static Relationship combine(long keepId, long goneId, Relationship keep, Relationship gone) {
        if (keep == null && gone == null) {
            return null;
        }
        if (keep == null || gone == null) {
            Relationship only = keep == null ? gone : keep;
            return new Relationship(keepId, only.strength(), only.cadence(), only.howWeMet(),
                    introducer(only.introducedBy(), keepId, goneId), only.flagged(), only.flagReason(),
                    only.snoozedUntil(), only.assessment());
        }
        Assessment assessment = keep.assessment();
        if (assessment == null || gone.assessment() != null
                && gone.assessment().assessedOn().isAfter(assessment.assessedOn())) {
            assessment = gone.assessment() == null ? assessment : gone.assessment();
        }
        Long introducer = introducer(keep.introducedBy(), keepId, goneId);
        if (introducer == null) {
            introducer = introducer(gone.introducedBy(), keepId, goneId);
        }
        return new Relationship(keepId, Math.max(keep.strength(), gone.strength()),
                keep.cadence() != null ? keep.cadence() : gone.cadence(),
                ContactMerge.notes(keep.howWeMet(), gone.howWeMet()), introducer, keep.flagged() || gone.flagged(),
                ContactMerge.notes(keep.flagReason(), gone.flagReason()),
                keep.snoozedUntil() != null ? keep.snoozedUntil() : gone.snoozedUntil(), assessment);
    }

    /** Neither of the two can have introduced the merged contact to me. */
    private static Long introducer(Long id, long keepId, long goneId) {
        return id == null || id == keepId || id == goneId ? null : id;
    }
}
