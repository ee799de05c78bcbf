package app.rapport.service.cards;

import app.rapport.domain.cards.EnvelopeWording;
import java.util.Locale;
import java.util.ResourceBundle;

/** Envelope wording in the user's language, from the messages bundle. */
public final class CardWording {
    private CardWording() {
    }

    public static EnvelopeWording fromBundle() {
        ResourceBundle b = app.rapport.domain.Bundles.english();
        Locale locale = b.getLocale() == null || b.getLocale().getLanguage().isEmpty() ? Locale.getDefault() : b.getLocale();
        return new EnvelopeWording(locale, b.getString("cards.wording.couple"), b.getString("cards.wording.pair"),
                b.getString("cards.wording.family"), b.getString("cards.wording.dear"),
                b.getString("cards.wording.dearFamily"), b.getString("cards.wording.dearFriends"));
    }
}
