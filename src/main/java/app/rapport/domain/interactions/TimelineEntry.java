package app.rapport.domain.interactions;

import java.time.LocalDateTime;
import java.util.List;

/** One interaction on a contact's timeline, with the other contacts involved by role. */
public record TimelineEntry(long interactionId, InteractionType type, LocalDateTime occurredAt, Direction direction,
                            String note, List<Other> others) {
    /** Another contact of the interaction. */
    /** Another contact the interaction involved; {@code flagged} so the timeline can show the flag. */
    public record Other(long contactId, String name, ParticipantRole role, boolean flagged) {
    }

    public TimelineEntry {
        others = List.copyOf(others);
    }

    /** Names of the other contacts in {@code role}. */
    public List<String> names(ParticipantRole role) {
        return others.stream().filter(o -> o.role() == role).map(o -> o.flagged() ? o.name() + " \u2691" : o.name())
                .toList();
    }
}
