package app.rapport.domain.cards;

import app.rapport.domain.Text;

/** A named card list for one occasion and year ("Holiday 2026"). {@code id} is 0 before it is saved. */
public record CardList(long id, String name, String occasion, int year) {
    public CardList {
        name = Text.clean(name);
        occasion = Text.clean(occasion);
    }
}
