package app.rapport.domain.cards;

import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The card playbook's card list: who matched a switched-on rule, who of them is left out and why, the rest
 * ranked and capped.
 * <ul>
 * <li>{@link CardRule#CLIENTS}, {@link CardRule#REFERRERS}, {@link CardRule#PROSPECTS} and {@link CardRule#TAG}
 * each bring contacts in; {@link CardRule#MIN_SCORE} keeps only those whose score reaches the
 * chosen value (with no other rule on, it brings them in itself).</li>
 * <li>Left out, in this order of reasons: archived, flagged (protect your social capital), no
 * usable mailing address (a street and a town or postcode), and past the cap.</li>
 * <li>Rank: strongest relationship first, then the latest interaction, then name and id.</li>
 * </ul>
 */
public final class CardListRules {
    private static final Comparator<CardPick> RANK = Comparator
            .<CardPick>comparingInt(p -> p.candidate().strength()).reversed()
            .thenComparing(p -> p.candidate().lastInteraction(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.candidate().sortName())
            .thenComparingLong(CardPick::id);

    private CardListRules() {
    }

    public static CardSelection select(CardFacts facts, BuilderOptions options) {
        List<CardPick> matched = new ArrayList<>();
        for (long id : sources(facts, options)) {
            CardCandidate candidate = facts.candidates().get(id);
            if (candidate == null || options.on(CardRule.MIN_SCORE) && !facts.scoredAtLeast().contains(id)) {
                continue;
            }
            matched.add(new CardPick(candidate, because(facts, options, id)));
        }
        matched.sort(RANK);
        List<CardPick> chosen = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (CardPick pick : matched) {
            LeftOutReason reason = reasonToLeaveOut(pick.candidate());
            if (reason == null && chosen.size() >= options.limit()) {
                reason = LeftOutReason.OVER_LIMIT;
            }
            if (reason == null) {
                chosen.add(pick);
            } else {
                leftOut.add(new LeftOut(pick, reason));
            }
        }
        return new CardSelection(chosen, leftOut);
    }

    /** Why a contact cannot get a card as it stands, or null when it can. Also used when adding by hand. */
    public static LeftOutReason reasonToLeaveOut(CardCandidate candidate) {
        if (candidate.archived()) {
            return LeftOutReason.ARCHIVED;
        }
        if (candidate.flagged()) {
            return LeftOutReason.FLAGGED;
        }
        if (!usable(candidate.mailing())) {
            return LeftOutReason.NO_ADDRESS;
        }
        return null;
    }

    /** An address a card can reach: a street and a town or a postcode. */
    public static boolean usable(PostalAddress address) {
        return address != null && !address.street().isEmpty()
                && (!address.locality().isEmpty() || !address.postalCode().isEmpty());
    }

    private static Set<Long> sources(CardFacts facts, BuilderOptions options) {
        Set<Long> ids = new HashSet<>();
        if (options.on(CardRule.CLIENTS)) {
            ids.addAll(facts.clients());
        }
        if (options.on(CardRule.REFERRERS)) {
            ids.addAll(facts.referrers());
        }
        if (options.on(CardRule.PROSPECTS)) {
            ids.addAll(facts.prospects());
        }
        if (options.on(CardRule.TAG) && !options.tag().isEmpty()) {
            ids.addAll(facts.tagged());
        }
        boolean otherSource = options.rules().stream().anyMatch(r -> r != CardRule.MIN_SCORE);
        if (options.on(CardRule.MIN_SCORE) && !otherSource) {
            ids.addAll(facts.scoredAtLeast());
        }
        return ids;
    }

    private static Set<CardRule> because(CardFacts facts, BuilderOptions options, long id) {
        Set<CardRule> rules = EnumSet.noneOf(CardRule.class);
        if (options.on(CardRule.CLIENTS) && facts.clients().contains(id)) {
            rules.add(CardRule.CLIENTS);
        }
        if (options.on(CardRule.REFERRERS) && facts.referrers().contains(id)) {
            rules.add(CardRule.REFERRERS);
        }
        if (options.on(CardRule.PROSPECTS) && facts.prospects().contains(id)) {
            rules.add(CardRule.PROSPECTS);
        }
        if (options.on(CardRule.TAG) && facts.tagged().contains(id)) {
            rules.add(CardRule.TAG);
        }
        if (options.on(CardRule.MIN_SCORE) && facts.scoredAtLeast().contains(id)) {
            rules.add(CardRule.MIN_SCORE);
        }
        return rules;
    }
}
