package app.rapport.demo;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.domain.ties.Assessment;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the ties, relationships and interactions of a demo network, contact by contact in list
 * order. A contact only ties to contacts before it, so each chunk can be written right after its
 * contacts. Ties run mostly inside a community (colleagues at one employer, friends, clients), a few
 * cross to another (brokers); organisations are clients, suppliers and partners of each other, with
 * some sister brands and endorsers. Interactions span the three years before the reference day; the
 * last one with a contact on a cadence falls within 1.6 cadences of it, so about a third are overdue.
 */
final class NetworkFactory {
    /** The tag defaults the demo sets: clients every three months, friends every two. */
    static final Map<String, Cadence> TAG_CADENCES = Map.of(Tags.CLIENT, Cadence.months(3), Tags.FRIEND, Cadence.months(2));

    private static final long TIES = 0x74696573L;
    private static final long RELATIONSHIPS = 0x72656c73L;
    private static final long INTERACTIONS = 0x696e7473L;
    private static final long CARDS = 0x63617264L;
    /** Cards given this recently get a follow-up call (the card playbook, step 4). */
    private static final int CARD_FOLLOW_UP_WINDOW_DAYS = 45;
    private static final List<Cadence> CADENCES = List.of(Cadence.weeks(2), Cadence.weeks(4), Cadence.months(1),
            Cadence.months(2), Cadence.months(3), Cadence.months(6));
    private static final InteractionType[] TYPES = {InteractionType.CALL, InteractionType.MEETING, InteractionType.MESSAGE,
            InteractionType.EMAIL, InteractionType.CARD, InteractionType.GIFT, InteractionType.EVENT,
            InteractionType.FAVOUR, InteractionType.INTRODUCTION, InteractionType.REFERRAL, InteractionType.BUSINESS};
    private static final int[] TYPE_WEIGHTS = {24, 14, 18, 18, 4, 2, 5, 6, 3, 3, 3};

    /** A contact as written: its role tags in the user's language (the rules here read the English ones). */
    Contact spoken(Contact c) {
        List<String> tags = c.tags().stream().map(words::tag).toList();
        return tags.equals(c.tags()) ? c : c.withDetails(c.title(), c.emails(), c.phones(), c.addresses(), c.websites(),
                tags, c.notes(), c.birthday());
    }

    /** In the user's language: the demo reads like the user's own network. */
    private final DemoWords words;
    private final DemoPlan plan;
    private final long seed;
    private final LocalDate referenceDay;
    private final Map<Integer, List<Integer>> peopleByEmployer = new HashMap<>();
    private final Map<Integer, List<Integer>> peopleByCommunity = new HashMap<>();
    private final Map<Integer, List<Integer>> orgsByCommunity = new HashMap<>();
    private final Map<Integer, List<Integer>> groupsByCommunity = new HashMap<>();
    private boolean tagCadencesWritten;

    NetworkFactory(DemoPlan plan, long seed, Instant reference, java.util.Locale language) {
        this.words = DemoWords.of(language);
        this.plan = plan;
        this.seed = seed;
        this.referenceDay = LocalDate.ofInstant(reference, ZoneOffset.UTC);
        for (DemoOrganisation o : plan.organisations()) {
            if (o.contact().orgKind() == OrgKind.GROUP) {
                groupsByCommunity.computeIfAbsent(o.community().index(), k -> new ArrayList<>()).add(o.index());
            }
        }
    }

    /**
     * The network data of {@code contacts}, the ones at list positions {@code start} onwards; the
     * contact at position p has id {@code base + p}. Call with consecutive ranges, in order.
     */
    NetworkBatch relations(List<Contact> contacts, int start, long base) {
        List<Tie> ties = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        List<CardFollowUp> cardFollowUps = new ArrayList<>();
        int organisations = plan.organisations().size();
        for (int n = 0; n < contacts.size(); n++) {
            int position = start + n;
            Contact c = contacts.get(n);
            Ids ids = new Ids(base);
            if (position < organisations) {
                organisation(plan.organisations().get(position), c, ids, ties, relationships, interactions);
            } else {
                int before = interactions.size();
                person(position - organisations, c, ids, ties, relationships, interactions);
                cardFollowUps(position, interactions.subList(before, interactions.size()), cardFollowUps);
            }
        }
        Map<String, Cadence> tagCadences = new HashMap<>();
        if (!tagCadencesWritten) {
            TAG_CADENCES.forEach((tag, cadence) -> tagCadences.put(words.tag(tag), cadence));
        }
        tagCadencesWritten = true;
        return new NetworkBatch(ties, relationships, tagCadences, interactions, cardFollowUps);
    }

    /** Ids from list positions: organisations first, then people. */
    private final class Ids {
        private final long base;

        Ids(long base) {
            this.base = base;
        }

        long org(int index) {
            return base + index;
        }

        long person(int index) {
            return base + plan.organisations().size() + index;
        }
    }

    private void organisation(DemoOrganisation o, Contact c, Ids ids, List<Tie> ties, List<Relationship> relationships,
                              List<Interaction> interactions) {
        SplittableRandom rng = Draw.stream(seed, TIES, o.index());
        long self = ids.org(o.index());
        int community = o.community().index();
        if (o.index() > 0 && Draw.chance(rng, 0.5)) {
            TieType type = Draw.one(rng, List.of(TieType.CLIENT, TieType.SUPPLIER, TieType.PARTNER));
            ties.add(tie(rng, self, ids.org(rng.nextInt(o.index())), type));
        }
        List<Integer> neighbours = orgsByCommunity.computeIfAbsent(community, k -> new ArrayList<>());
        if (!neighbours.isEmpty() && c.orgKind() == OrgKind.BRAND && Draw.chance(rng, 0.3)) {
            ties.add(tie(rng, self, ids.org(Draw.one(rng, neighbours)), TieType.SISTER_BRAND));
        }
        if (o.index() > 0 && Draw.chance(rng, 0.06)) {
            ties.add(tie(rng, self, ids.org(rng.nextInt(o.index())), TieType.ENDORSER));
        }
        neighbours.add(o.index());

        SplittableRandom rel = Draw.stream(seed, RELATIONSHIPS, o.index());
        boolean flagged = Draw.chance(rel, 0.03);
        if (flagged || Draw.chance(rel, 0.3)) {
            relationships.add(new Relationship(self, Draw.between(rel, 1, 5), null, "", null, flagged,
                    flagged ? Draw.one(rel, words.organisationFlags()) : "", null, null));
        }
        SplittableRandom act = Draw.stream(seed, INTERACTIONS, o.index());
        int count = c.tags().contains(Tags.CLIENT) ? Draw.between(act, 2, 8) : Draw.between(act, 0, 2);
        for (int i = 0; i < count; i++) {
            InteractionType type = Draw.one(act, List.of(InteractionType.BUSINESS, InteractionType.MEETING,
                    InteractionType.EMAIL, InteractionType.EVENT));
            interactions.add(new Interaction(0, type, moment(act, referenceDay.minusDays(History.SPAN.toDays()), referenceDay),
                    type == InteractionType.BUSINESS ? Direction.GIVEN : Direction.MUTUAL, Draw.one(act, words.notes()),
                    List.of(Participant.with(self))));
        }
    }

    private void person(int index, Contact c, Ids ids, List<Tie> ties, List<Relationship> relationships,
                        List<Interaction> interactions) {
        DemoPlan.Place place = plan.place(index);
        int position = plan.organisations().size() + index;
        SplittableRandom rng = Draw.stream(seed, TIES, position);
        long self = ids.person(index);
        List<Integer> colleagues = List.of();
        if (place.employer() != null) {
            ties.add(tie(rng, self, ids.org(place.employer().index()), TieType.WORKS_AT));
            colleagues = peopleByEmployer.computeIfAbsent(place.employer().index(), k -> new ArrayList<>());
            int count = Math.min(colleagues.size(), Draw.between(rng, 0, 2));
            for (int i = 0; i < count; i++) {
                ties.add(tie(rng, self, ids.person(recent(rng, colleagues)), TieType.COLLEAGUE));
            }
        }
        List<Integer> community = peopleByCommunity.computeIfAbsent(place.community().index(), k -> new ArrayList<>());
        if (!community.isEmpty() && Draw.chance(rng, 0.35)) {
            TieType type = Draw.one(rng, List.of(TieType.FRIEND, TieType.CLIENT, TieType.REFERRAL_SOURCE,
                    TieType.SUPPLIER, TieType.PARTNER));
            ties.add(tie(rng, self, ids.person(Draw.one(rng, community)), type));
        }
        if (!community.isEmpty() && Draw.chance(rng, 0.02)) {
            ties.add(tie(rng, self, ids.person(Draw.one(rng, community)), TieType.FAMILY));
        }
        if (index > 0 && Draw.chance(rng, 0.04)) { // a broker into another community
            TieType type = Draw.one(rng, List.of(TieType.CLIENT, TieType.PARTNER, TieType.SUPPLIER));
            ties.add(tie(rng, self, ids.person(rng.nextInt(index)), type));
        }
        List<Integer> groups = groupsByCommunity.getOrDefault(place.community().index(), List.of());
        if (!groups.isEmpty() && Draw.chance(rng, 0.15)) {
            ties.add(tie(rng, self, ids.org(Draw.one(rng, groups)), TieType.MEMBER_OF));
        }

        SplittableRandom rel = Draw.stream(seed, RELATIONSHIPS, position);
        boolean close = c.tags().stream().anyMatch(t -> t.equals(Tags.CLIENT) || t.equals(Tags.FRIEND)
                || t.equals(Tags.FAMILY) || t.equals(Tags.PARTNER) || t.equals(Tags.REFERRAL_SOURCE));
        boolean flagged = Draw.chance(rel, 0.003);
        Cadence cadence = null;
        if (flagged || Draw.chance(rel, close ? 0.6 : 0.25)) {
            cadence = Draw.chance(rel, 0.15) ? null : Draw.one(rel, CADENCES);
            Long introducer = index > 0 && Draw.chance(rel, 0.1) ? ids.person(rng.nextInt(index)) : null;
            Assessment assessment = Draw.chance(rel, 0.15) ? new Assessment(Draw.between(rel, 1, 5),
                    Draw.between(rel, 1, 5), Draw.between(rel, 0, 5), Draw.between(rel, 0, 5), Draw.between(rel, 1, 5),
                    Draw.between(rel, 0, 5), Draw.between(rel, 2, 5), Draw.between(rel, 0, 5),
                    referenceDay.minusDays(rel.nextInt(400))) : null;
            relationships.add(new Relationship(self, Draw.between(rel, 1, 5), cadence, Draw.one(rel, words.met()), introducer,
                    flagged, flagged ? Draw.one(rel, words.personFlags()) : "", null, assessment));
        }

        SplittableRandom act = Draw.stream(seed, INTERACTIONS, position);
        int count = cadence != null ? Draw.between(act, 10, 40) : close ? Draw.between(act, 0, 8) : Draw.between(act, 0, 3);
        int cadenceDays = cadence != null ? cadence.days() : c.tags().contains(Tags.CLIENT) ? 90 : 120;
        // the last interaction within 1.6 cadences of the reference day, the others before it
        LocalDate last = referenceDay.minusDays((long) (act.nextDouble() * 1.6 * cadenceDays));
        LocalDate first = referenceDay.minusDays(History.SPAN.toDays());
        boolean business = c.tags().contains(Tags.CLIENT) || c.tags().contains(Tags.PROSPECT);
        for (int i = 0; i < count; i++) {
            LocalDateTime at = i == 0 ? last.atTime(Draw.between(act, 8, 18), 5 * act.nextInt(12))
                    : moment(act, first, last.isAfter(first) ? last : first);
            interactions.add(interaction(act, self, at, business, index, community, colleagues, ids));
        }
        if (place.employer() != null) {
            colleagues.add(index);
        }
        community.add(index);
    }

    /**
     * A follow-up two weeks after each card the contact was given lately; those already due were mostly
     * made. Its own random stream leaves the rest of the network as it was.
     */
    private void cardFollowUps(int position, List<Interaction> made, List<CardFollowUp> followUps) {
        SplittableRandom rng = Draw.stream(seed, CARDS, position);
        LocalDate from = referenceDay.minusDays(CARD_FOLLOW_UP_WINDOW_DAYS);
        for (Interaction i : made) {
            LocalDate day = i.occurredAt().toLocalDate();
            if (i.type() == InteractionType.CARD && i.direction() == Direction.GIVEN && !day.isBefore(from)) {
                LocalDate due = day.plusDays(CardFollowUp.DAYS_AFTER_CARD);
                boolean done = !due.isAfter(referenceDay) && Draw.chance(rng, 0.6);
                followUps.add(CardFollowUp.afterCard(i.participants().get(0).contactId(), day, done ? due : null));
            }
        }
    }

    private Interaction interaction(SplittableRandom rng, long self, LocalDateTime at, boolean business, int index,
                                    List<Integer> community, List<Integer> colleagues, Ids ids) {
        InteractionType type = weighted(rng);
        if (type == InteractionType.BUSINESS && !business) {
            type = InteractionType.CALL;
        }
        String note = Draw.one(rng, words.notes());
        List<Participant> with = new ArrayList<>(2);
        with.add(Participant.with(self));
        Long other = index == 0 ? null : !community.isEmpty() && Draw.chance(rng, 0.7)
                ? ids.person(Draw.one(rng, community)) : ids.person(rng.nextInt(index));
        Direction direction = Direction.MUTUAL;
        switch (type) {
            case CARD, GIFT, FAVOUR -> direction = Draw.chance(rng, 0.5) ? Direction.GIVEN : Direction.RECEIVED;
            case CALL, MESSAGE, EMAIL -> direction = Draw.chance(rng, 0.5) ? Direction.GIVEN : Direction.RECEIVED;
            case BUSINESS -> direction = Direction.GIVEN;
            case REFERRAL -> {
                // "Anna referred Boris to me" (received) or "I referred Boris to Anna" (given)
                direction = Draw.chance(rng, 0.55) ? Direction.RECEIVED : Direction.GIVEN;
                if (other != null) {
                    with.add(new Participant(other, ParticipantRole.REFERRED));
                }
            }
            case INTRODUCTION -> {
                direction = Draw.chance(rng, 0.5) ? Direction.RECEIVED : Direction.GIVEN;
                if (other != null) {
                    // "I introduced Carla to Dmitri" is with both; "Anna introduced me to Carla" names Carla
                    with.add(new Participant(other, direction == Direction.GIVEN ? ParticipantRole.WITH
                            : ParticipantRole.INTRODUCED));
                }
            }
            case MEETING -> {
                if (!colleagues.isEmpty() && Draw.chance(rng, 0.2)) {
                    with.add(Participant.with(ids.person(Draw.one(rng, colleagues))));
                }
            }
            default -> { }
        }
        return new Interaction(0, type, at, direction, note, with);
    }

    private static InteractionType weighted(SplittableRandom rng) {
        int total = 0;
        for (int w : TYPE_WEIGHTS) {
            total += w;
        }
        int roll = rng.nextInt(total);
        for (int i = 0; i < TYPES.length; i++) {
            roll -= TYPE_WEIGHTS[i];
            if (roll < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    /** Recent colleagues are likelier: people join in waves. */
    private static int recent(SplittableRandom rng, List<Integer> people) {
        int span = Math.min(people.size(), 50);
        return people.get(people.size() - 1 - rng.nextInt(span));
    }

    private Tie tie(SplittableRandom rng, long from, long to, TieType type) {
        LocalDate since = Draw.chance(rng, 0.7) ? referenceDay.minusDays(rng.nextInt(10 * 365)) : null;
        return new Tie(0, from, to, type, Draw.between(rng, 1, 5), since, "");
    }

    private static LocalDateTime moment(SplittableRandom rng, LocalDate from, LocalDate to) {
        long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
        LocalDate day = from.plusDays(days == 0 ? 0 : rng.nextLong(days + 1));
        return day.atTime(Draw.between(rng, 8, 18), 5 * rng.nextInt(12));
    }
}
