package app.rapport.domain.cards;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardListRulesTest {
    private static final PostalAddress BERLIN = new PostalAddress("", "Hauptstr. 5", "Berlin", "", "10115", "DE", true);

    static CardCandidate person(long id, String given, String family, int strength, LocalDate last, PostalAddress a) {
        return new CardCandidate(id, ContactKind.PERSON, new PersonName("", given, family, "", ""), given + " " + family,
                (family + " " + given).toLowerCase(), strength, false, false, last, a);
    }

    private static Map<Long, CardCandidate> byId(CardCandidate... all) {
        Map<Long, CardCandidate> map = new HashMap<>();
        for (CardCandidate c : all) {
            map.put(c.id(), c);
        }
        return map;
    }

    private static List<Long> ids(CardSelection s) {
        return s.chosen().stream().map(CardPick::id).toList();
    }

    @Test
    void ranksByStrengthThenLatestInteractionThenName() {
        CardCandidate weakRecent = person(1, "Anna", "Adler", 2, LocalDate.of(2026, 11, 1), BERLIN);
        CardCandidate strongOld = person(2, "Boris", "Berg", 5, LocalDate.of(2025, 1, 1), BERLIN);
        CardCandidate strongNew = person(3, "Clara", "Chen", 5, LocalDate.of(2026, 10, 1), BERLIN);
        CardCandidate strongNever = person(4, "Dmitri", "Dal", 5, null, BERLIN);
        CardFacts facts = new CardFacts(Set.of(1L, 2L, 3L, 4L), Set.of(), Set.of(), Set.of(), Set.of(),
                byId(weakRecent, strongOld, strongNew, strongNever));
        CardSelection s = CardListRules.select(facts, BuilderOptions.seedDefaults());
        assertThat(ids(s)).containsExactly(3L, 2L, 4L, 1L);
        assertThat(s.chosen().get(0).because()).containsExactly(CardRule.CLIENTS);
    }

    @Test
    void leavesOutArchivedFlaggedAndUnaddressableWithTheReasonThenCaps() {
        CardCandidate ok1 = person(1, "Anna", "Adler", 5, null, BERLIN);
        CardCandidate ok2 = person(2, "Boris", "Berg", 4, null, BERLIN);
        CardCandidate ok3 = person(3, "Clara", "Chen", 3, null, BERLIN);
        CardCandidate noStreet = person(4, "Dora", "Dahl", 5, null,
                new PostalAddress("", "", "Berlin", "", "10115", "DE", true));
        CardCandidate noTown = person(5, "Emil", "Ernst", 5, null, new PostalAddress("", "Hauptstr. 5", "", "", "", "DE", true));
        CardCandidate none = person(6, "Fritz", "Fink", 5, null, null);
        CardCandidate archived = new CardCandidate(7, ContactKind.PERSON, PersonName.EMPTY, "Gus", "gus", 5, false, true,
                null, BERLIN);
        CardCandidate flagged = new CardCandidate(8, ContactKind.PERSON, PersonName.EMPTY, "Hal", "hal", 5, true, false,
                null, BERLIN);
        CardFacts facts = new CardFacts(Set.of(), Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), Set.of(), Set.of(), Set.of(),
                byId(ok1, ok2, ok3, noStreet, noTown, none, archived, flagged));
        CardSelection s = CardListRules.select(facts,
                new BuilderOptions(EnumSet.of(CardRule.REFERRERS), "", 1, 2));
        assertThat(ids(s)).containsExactly(1L, 2L);
        Map<Long, LeftOutReason> reasons = new HashMap<>();
        s.leftOut().forEach(l -> reasons.put(l.pick().id(), l.reason()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(3L, LeftOutReason.OVER_LIMIT,
                4L, LeftOutReason.NO_ADDRESS, 5L, LeftOutReason.NO_ADDRESS, 6L, LeftOutReason.NO_ADDRESS,
                7L, LeftOutReason.ARCHIVED, 8L, LeftOutReason.FLAGGED));
    }

    @Test
    void aRuleSwitchedOffBringsNobodyIn() {
        CardCandidate client = person(1, "Anna", "Adler", 3, null, BERLIN);
        CardCandidate prospect = person(2, "Boris", "Berg", 3, null, BERLIN);
        CardCandidate tagged = person(3, "Clara", "Chen", 3, null, BERLIN);
        CardFacts facts = new CardFacts(Set.of(1L), Set.of(), Set.of(2L), Set.of(3L), Set.of(),
                byId(client, prospect, tagged));
        assertThat(ids(CardListRules.select(facts, new BuilderOptions(EnumSet.of(CardRule.PROSPECTS), "", 1, 50))))
                .containsExactly(2L);
        assertThat(ids(CardListRules.select(facts, new BuilderOptions(EnumSet.of(CardRule.TAG), "family", 1, 50))))
                .containsExactly(3L);
        // a tag rule with no tag chosen brings nobody
        assertThat(ids(CardListRules.select(facts, new BuilderOptions(EnumSet.of(CardRule.TAG), "", 1, 50)))).isEmpty();
    }

    @Test
    void aMinimumScoreFiltersOtherRulesOrBringsContactsInAlone() {
        CardCandidate strong = person(1, "Anna", "Adler", 5, null, BERLIN);
        CardCandidate weak = person(2, "Boris", "Berg", 2, null, BERLIN);
        CardCandidate strongNotClient = person(3, "Clara", "Chen", 4, null, BERLIN);
        CardFacts facts = new CardFacts(Set.of(1L, 2L), Set.of(), Set.of(), Set.of(), Set.of(1L, 3L),
                byId(strong, weak, strongNotClient));
        assertThat(ids(CardListRules.select(facts,
                new BuilderOptions(EnumSet.of(CardRule.CLIENTS, CardRule.MIN_SCORE), "", 60, 50))))
                .containsExactly(1L);
        assertThat(ids(CardListRules.select(facts, new BuilderOptions(EnumSet.of(CardRule.MIN_SCORE), "", 60, 50))))
                .containsExactly(1L, 3L);
    }

    @Test
    void aContactMatchingSeveralRulesShowsEachReasonOnce() {
        CardCandidate anna = person(1, "Anna", "Adler", 3, null, BERLIN);
        CardFacts facts = new CardFacts(Set.of(1L), Set.of(1L), Set.of(), Set.of(), Set.of(), byId(anna));
        CardSelection s = CardListRules.select(facts, BuilderOptions.seedDefaults());
        assertThat(s.chosen()).hasSize(1);
        assertThat(s.chosen().get(0).because()).containsExactlyInAnyOrder(CardRule.CLIENTS, CardRule.REFERRERS);
    }
}
