package app.rapport.domain.interactions;

import java.util.Objects;

/** One contact of an interaction and the part they played. */
public record Participant(long contactId, ParticipantRole role) {
    public Participant {
        Objects.requireNonNull(role, "role");
    }

    public static Participant with(long contactId) {
        return new Participant(contactId, ParticipantRole.WITH);
    }
}
