package app.rapport.domain.cards;

import app.rapport.domain.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The builder's switches: which rules are on, the tag for {@link CardRule#TAG}, the strength for
 * {@link CardRule#MIN_SCORE} (0–100) and the cap (the card playbook: about 50).
 */
public record BuilderOptions(Set<CardRule> rules, String tag, int minScore, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 10_000;

    public BuilderOptions {
        rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
        tag = Text.clean(tag);
        minScore = Math.max(0, Math.min(100, minScore));
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /** The card playbook's list: clients, referrers and recent prospects, 50 at most. */
    public static BuilderOptions seedDefaults() {
        return new BuilderOptions(EnumSet.of(CardRule.CLIENTS, CardRule.REFERRERS, CardRule.PROSPECTS), "", 50,
                DEFAULT_LIMIT);
    }

    public boolean on(CardRule rule) {
        return rules.contains(rule);
    }
}
