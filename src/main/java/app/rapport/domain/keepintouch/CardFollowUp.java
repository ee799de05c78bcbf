package app.rapport.domain.keepintouch;

import java.time.LocalDate;

/**
 * A follow-up whose source is a card (the card playbook, step 4): call the contact on {@code dueOn}, two weeks
 * after the card. {@code doneOn} is null while it is open.
 */
public record CardFollowUp(long contactId, LocalDate dueOn, LocalDate doneOn) {
    /** Two weeks after the card. */
    public static final int DAYS_AFTER_CARD = 14;

    public static CardFollowUp afterCard(long contactId, LocalDate cardSentOn, LocalDate doneOn) {
        return new CardFollowUp(contactId, cardSentOn.plusDays(DAYS_AFTER_CARD), doneOn);
    }

    public boolean done() {
        return doneOn != null;
    }
}
