package app.rapport.domain.ledger;

import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.language.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The ledger with one contact at a glance, in words: "You owe Anna: 2 referrals", "You have asked Boris
 * 3 times since you last gave". Shared by the timeline and the printed brief.
 */
public final class LedgerWords {
    private static final List<InteractionType> LEDGER_TYPES = List.of(InteractionType.REFERRAL,
            InteractionType.INTRODUCTION, InteractionType.FAVOUR, InteractionType.GIFT);

    private final ResourceBundle bundle;
    private final Locale locale;

    public LedgerWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** One line per fact, or one line saying it is even or empty. */
    public List<String> glance(LedgerBalance b, String name) {
        List<String> parts = new ArrayList<>();
        List<String> owed = new ArrayList<>();
        List<String> owing = new ArrayList<>();
        for (InteractionType type : LEDGER_TYPES) {
            LedgerLine line = b.line(type);
            int difference = line.received() - line.given();
            if (difference > 0) {
                owed.add(format("ledger.count." + type.name(), difference));
            } else if (difference < 0) {
                owing.add(format("ledger.count." + type.name(), -difference));
            }
        }
        if (!owed.isEmpty()) {
            parts.add(format("ledger.youOwe", name, String.join(", ", owed)));
        }
        if (!owing.isEmpty()) {
            parts.add(format("ledger.theyOwe", name, String.join(", ", owing)));
        }
        if (b.receivedSinceLastGave() >= 2) {
            parts.add(format("ledger.asked", name, b.receivedSinceLastGave()));
        }
        if (parts.isEmpty()) {
            parts.add(b.given() + b.received() == 0 ? bundle.getString("ledger.none") : format("ledger.even", b.given()));
        }
        return parts;
    }

    private String format(String key, Object... args) {
        return app.rapport.domain.language.Messages.format(bundle.getString(key), locale, args);
    }
}
