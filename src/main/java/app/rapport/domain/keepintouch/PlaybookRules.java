package app.rapport.domain.keepintouch;

import app.rapport.domain.language.Bundles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The card playbook's four steps as checklists, from {@link PlaybookFacts} read for {@code today}. Every window
 * includes today and its first day; contacts archived, in the trash or missing from the facts' contacts
 * are on no list.
 * <ul>
 * <li>{@link PlaybookKind#CALL_CLIENTS}: everyone with a BUSINESS interaction in the last
 * {@value #MEMBER_MONTHS} months, latest business first. Done: a CALL or MEETING with them in the last
 * {@value #STEP_DAYS} days.</li>
 * <li>{@link PlaybookKind#CALL_REFERRERS}: everyone who referred business to me (a REFERRAL received) in
 * the last {@value #MEMBER_MONTHS} months, latest referral first. Done as for clients.</li>
 * <li>{@link PlaybookKind#KEEP_IN_TOUCH_50}: the clients and referrers above and the recent prospects (tagged
 * "prospect" and added or in touch in the last {@value #PROSPECT_MONTHS} months), not flagged (protect your social
 * capital), strongest relationship first, then the latest interaction, at most
 * {@value #LIST_SIZE}. Done: a CARD given to them in the last {@value #STEP_DAYS} days.</li>
 * <li>{@link PlaybookKind#CARD_FOLLOW_UPS}: everyone with a card follow-up still open (whatever its due
 * day: the card was sent) or completed in the last {@value #STEP_DAYS} days, earliest due first. Done when
 * none of theirs is open.</li>
 * </ul>
 * Ties in an order go to the name's sort key, then the id.
 */
public final class PlaybookRules {
    /** Clients and referrers of the last 12 months. */
    public static final int MEMBER_MONTHS = 12;
    /** Prospects count as recent for six months. */
    public static final int PROSPECT_MONTHS = 6;
    /** A step logged this many days back, today included, still counts as done: about one campaign. */
    public static final int STEP_DAYS = 30;
    /** The keep-in-touch list's size (the card playbook, step 3). */
    public static final int LIST_SIZE = 50;

    private PlaybookRules() {
    }

    /** The first day of the membership window: clients and referrers since then. */
    public static LocalDate memberSince(LocalDate today) {
        return today.minusMonths(MEMBER_MONTHS);
    }

    /**
     * The tag that marks a prospect, in every language Rapport speaks ("prospect", "Interessent"…): a
     * German user's tag counts as an English user's does, and a file shared between them works for both.
     */
    public static final java.util.Set<String> PROSPECT_TAGS = Bundles.LANGUAGES.stream()
            .map(l -> Bundles.of(l).getString("tag.prospect")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static LocalDate prospectSince(LocalDate today) {
        return today.minusMonths(PROSPECT_MONTHS);
    }

    /** The first day on which a call, a card or a completed follow-up counts as the step done. */
    public static LocalDate stepSince(LocalDate today) {
        return today.minusDays(STEP_DAYS - 1L);
    }

    /** The four playbooks in {@link PlaybookKind} order. */
    public static List<Playbook> playbooks(PlaybookFacts facts, LocalDate today) {
        Map<Long, LocalDate> clients = within(facts.business(), memberSince(today), today, facts);
        Map<Long, LocalDate> referrers = within(facts.referrals(), memberSince(today), today, facts);
        Set<Long> called = within(facts.calls(), stepSince(today), today, facts).keySet();
        Set<Long> carded = within(facts.cardsGiven(), stepSince(today), today, facts).keySet();
        return List.of(
                new Playbook(PlaybookKind.CALL_CLIENTS, stepSince(today), latestFirst(clients, called, facts)),
                new Playbook(PlaybookKind.CALL_REFERRERS, stepSince(today), latestFirst(referrers, called, facts)),
                new Playbook(PlaybookKind.KEEP_IN_TOUCH_50, stepSince(today),
                        keepInTouch(clients, referrers, carded, facts)),
                new Playbook(PlaybookKind.CARD_FOLLOW_UPS, stepSince(today), cardFollowUps(facts, today)));
    }

    private static Map<Long, LocalDate> within(Map<Long, LocalDate> days, LocalDate from, LocalDate to,
                                               PlaybookFacts facts) {
        Map<Long, LocalDate> kept = new HashMap<>();
        days.forEach((id, day) -> {
            if (!day.isBefore(from) && !day.isAfter(to) && facts.contacts().containsKey(id)) {
                kept.put(id, day);
            }
        });
        return kept;
    }

    /** A member with the day that orders it; sorting these, not ids, keeps map look-ups out of the comparisons. */
    private record Member(PlaybookContact contact, LocalDate day) {
    }

    private static final Comparator<Member> BY_NAME = Comparator.<Member, String>comparing(m -> m.contact().sortName())
            .thenComparingLong(m -> m.contact().id());

    private static List<PlaybookItem> latestFirst(Map<Long, LocalDate> members, Set<Long> done, PlaybookFacts facts) {
        return members.entrySet().stream()
                .map(e -> new Member(facts.contacts().get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Member::day).reversed().thenComparing(BY_NAME))
                .map(m -> item(m, done)).toList();
    }

    private static List<PlaybookItem> keepInTouch(Map<Long, LocalDate> clients, Map<Long, LocalDate> referrers,
                                                  Set<Long> done, PlaybookFacts facts) {
        Set<Long> members = new HashSet<>(clients.keySet());
        members.addAll(referrers.keySet());
        members.addAll(facts.prospects());
        Comparator<Member> order = Comparator.<Member>comparingInt(m -> m.contact().strength()).reversed()
                .thenComparing(Member::day, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(BY_NAME);
        return members.stream().map(facts.contacts()::get)
                .filter(c -> c != null && !c.flagged())
                .map(c -> new Member(c, c.lastInteraction()))
                .sorted(order).limit(LIST_SIZE).map(m -> item(m, done)).toList();
    }

    private static List<PlaybookItem> cardFollowUps(PlaybookFacts facts, LocalDate today) {
        Map<Long, LocalDate> earliestDue = new HashMap<>();
        Set<Long> open = new HashSet<>();
        for (CardFollowUp f : facts.cardFollowUps()) {
            boolean counts = !f.done() || !f.doneOn().isBefore(stepSince(today)) && !f.doneOn().isAfter(today);
            if (counts && facts.contacts().containsKey(f.contactId())) {
                earliestDue.merge(f.contactId(), f.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
                if (!f.done()) {
                    open.add(f.contactId());
                }
            }
        }
        return earliestDue.entrySet().stream()
                .map(e -> new Member(facts.contacts().get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Member::day).thenComparing(BY_NAME))
                .map(m -> new PlaybookItem(m.contact().id(), m.contact().name(), !open.contains(m.contact().id())))
                .toList();
    }

    private static PlaybookItem item(Member m, Set<Long> done) {
        return new PlaybookItem(m.contact().id(), m.contact().name(), done.contains(m.contact().id()));
    }

    /** Every contact id the facts mention, for looking their names up once. */
    public static Set<Long> mentioned(Map<Long, LocalDate> business, Map<Long, LocalDate> referrals,
                                      Set<Long> prospects, List<CardFollowUp> cardFollowUps) {
        Set<Long> ids = new HashSet<>(business.keySet());
        ids.addAll(referrals.keySet());
        ids.addAll(prospects);
        cardFollowUps.forEach(f -> ids.add(f.contactId()));
        return ids;
    }
}
