package app.rapport.domain.cards;

import java.util.List;

/**
 * A contact's cards over the last years, oldest first, and what they say: someone who sends back, or
 * someone I have sent to in two or more of those years who never sent one back.
 */
public record CardHistory(long contactId, List<CardYear> years) {
    public CardHistory {
        years = List.copyOf(years);
    }

    public boolean sendsBack() {
        return years.stream().anyMatch(CardYear::received);
    }

    /** Sent in at least two of the years and never received one. */
    public boolean neverSendsBack() {
        return !sendsBack() && years.stream().filter(CardYear::sent).count() >= 2;
    }
}
