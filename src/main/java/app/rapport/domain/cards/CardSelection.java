package app.rapport.domain.cards;

import java.util.List;

/** What the builder chose, in rank order, and what it left out with the reason. */
public record CardSelection(List<CardPick> chosen, List<LeftOut> leftOut) {
    public CardSelection {
        chosen = List.copyOf(chosen);
        leftOut = List.copyOf(leftOut);
    }
}
