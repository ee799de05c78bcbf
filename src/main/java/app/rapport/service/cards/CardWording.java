package app.rapport.service.cards;

import app.rapport.domain.cards.EnvelopeWording;
import java.util.Locale;
import java.util.ResourceBundle;

/** Envelope wording ("Dear Anna", "The Müller family") in one language, from its messages bundle. */
public final class CardWording {
    private CardWording() {
    }

    public static EnvelopeWording forLanguage(Locale language) {
        ResourceBundle b = app.rapport.domain.language.Bundles.of(language);
        return new EnvelopeWording(language, b.getString("cards.wording.couple"), b.getString("cards.wording.pair"),
                b.getString("cards.wording.family"), b.getString("cards.wording.dear"),
                b.getString("cards.wording.dearFamily"), b.getString("cards.wording.dearFriends"));
    }
}
