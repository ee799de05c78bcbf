package app.rapport.domain.keepintouch;

import java.time.LocalDate;

/** A reminder set by hand: get back to a contact on a day. {@code id} is 0 until saved. */
public record FollowUp(long id, long contactId, LocalDate dueOn, String note) {
    public FollowUp {
        note = note == null ? "" : note.strip();
    }
}
