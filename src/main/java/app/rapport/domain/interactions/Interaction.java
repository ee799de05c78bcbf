package app.rapport.domain.interactions;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A dated event with one or more contacts. {@code id} is 0 for one not yet saved. The time is local
 * and kept to the second.
 */
public record Interaction(long id, InteractionType type, LocalDateTime occurredAt, Direction direction, String note,
                          List<Participant> participants) {
    public Interaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(direction, "direction");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        note = note == null ? "" : note.strip();
        participants = participants == null ? List.of() : participants.stream().distinct().toList();
    }

    /** An interaction with these contacts, all in role WITH. */
    public static Interaction with(InteractionType type, LocalDateTime at, Direction direction, String note,
                                   long... contactIds) {
        return new Interaction(0, type, at, direction, note,
                java.util.Arrays.stream(contactIds).mapToObj(Participant::with).toList());
    }

    public Interaction withId(long newId) {
        return new Interaction(newId, type, occurredAt, direction, note, participants);
    }

    /** A copy with one more participant. */
    public Interaction and(long contactId, ParticipantRole role) {
        List<Participant> more = new java.util.ArrayList<>(participants);
        more.add(new Participant(contactId, role));
        return new Interaction(id, type, occurredAt, direction, note, more);
    }

    /** The ids of the contacts in {@code role}, in the order given. */
    public List<Long> contacts(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::contactId).toList();
    }
}
