package app.rapport.domain.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaybookRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Map<Long, PlaybookContact> contacts = new HashMap<>();

    private void contact(long id, String name, int strength, boolean flagged, LocalDate last) {
        contacts.put(id, new PlaybookContact(id, name, name, strength, flagged, last));
    }

    private List<Playbook> playbooks(Map<Long, LocalDate> business, Map<Long, LocalDate> referrals, Set<Long> prospects,
                                     Map<Long, LocalDate> calls, Map<Long, LocalDate> cards, List<CardFollowUp> followUps) {
        return PlaybookRules.playbooks(new PlaybookFacts(business, referrals, prospects, calls, cards, followUps, contacts),
                TODAY);
    }

    private static PlaybookItem item(long id, String name, boolean done) {
        return new PlaybookItem(id, name, done);
    }

    @Test
    void windowsRunBackFromTodayIncludingBothEnds() {
        assertThat(PlaybookRules.memberSince(TODAY)).isEqualTo(LocalDate.of(2025, 11, 22));
        assertThat(PlaybookRules.prospectSince(TODAY)).isEqualTo(LocalDate.of(2026, 5, 22));
        // 30 days, today the 30th
        assertThat(PlaybookRules.stepSince(TODAY)).isEqualTo(LocalDate.of(2026, 10, 24));
    }

    @Test
    void clientsAreThoseWithBusinessInTheLastYearLatestFirstAndCalledOnesAreDone() {
        contact(1, "Anna", 3, false, null);
        contact(2, "Boris", 3, false, null);
        contact(3, "Carla", 3, false, null);
        contact(4, "Dmitri", 3, false, null);
        Map<Long, LocalDate> business = Map.of(
                1L, LocalDate.of(2026, 3, 1),
                2L, LocalDate.of(2025, 11, 22), // the first day of the window: in
                3L, LocalDate.of(2025, 11, 21), // the day before: out
                4L, LocalDate.of(2026, 11, 23)); // planned, tomorrow: out
        Map<Long, LocalDate> calls = Map.of(
                1L, LocalDate.of(2026, 10, 24), // the window's first day: done
                2L, LocalDate.of(2026, 10, 23)); // a day too early: not done
        Playbook clients = playbooks(business, Map.of(), Set.of(), calls, Map.of(), List.of()).get(0);

        assertThat(clients.kind()).isEqualTo(PlaybookKind.CALL_CLIENTS);
        assertThat(clients.kind().dontAskForReferral()).isTrue();
        assertThat(clients.windowStart()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(clients.items()).containsExactly(item(1, "Anna", true), item(2, "Boris", false));
        assertThat(clients.done()).isEqualTo(1);
        assertThat(clients.total()).isEqualTo(2);
        assertThat(clients.progress()).isEqualTo(0.5);
    }

    @Test
    void referrersAreThoseWhoReferredBusinessInTheLastYearAndContactsOffTheListAreLeftOut() {
        contact(1, "Anna", 3, false, null);
        contact(2, "Boris", 3, false, null);
        // 3 is archived or in the trash: the repository left it out of the contacts
        Map<Long, LocalDate> referrals = Map.of(1L, LocalDate.of(2026, 6, 1), 2L, LocalDate.of(2026, 6, 1),
                3L, LocalDate.of(2026, 7, 1));
        Playbook referrers = playbooks(Map.of(), referrals, Set.of(), Map.of(2L, TODAY), Map.of(), List.of()).get(1);

        assertThat(referrers.kind()).isEqualTo(PlaybookKind.CALL_REFERRERS);
        assertThat(referrers.kind().dontAskForReferral()).isFalse();
        // same day: by name
        assertThat(referrers.items()).containsExactly(item(1, "Anna", false), item(2, "Boris", true));
    }

    @Test
    void theKeepInTouchListRanksByStrengthThenRecencyLeavesFlaggedOutAndCountsCardsGiven() {
        contact(1, "Anna", 3, false, LocalDate.of(2026, 9, 1)); // client
        contact(2, "Boris", 5, false, LocalDate.of(2026, 1, 1)); // referrer
        contact(3, "Carla", 3, false, LocalDate.of(2026, 10, 1)); // prospect
        contact(4, "Dmitri", 5, true, LocalDate.of(2026, 11, 1)); // client, flagged
        contact(5, "Emma", 3, false, null); // prospect never in touch
        contact(6, "Farid", 4, false, LocalDate.of(2026, 11, 1)); // neither
        Playbook list = playbooks(Map.of(1L, LocalDate.of(2026, 2, 1), 4L, LocalDate.of(2026, 2, 1)),
                Map.of(2L, LocalDate.of(2026, 2, 1)), Set.of(3L, 5L), Map.of(),
                Map.of(3L, LocalDate.of(2026, 11, 20), 1L, LocalDate.of(2026, 9, 1)), List.of()).get(2);

        assertThat(list.kind()).isEqualTo(PlaybookKind.KEEP_IN_TOUCH_50);
        assertThat(list.items()).containsExactly(item(2, "Boris", false), item(3, "Carla", true),
                item(1, "Anna", false), item(5, "Emma", false));
    }

    @Test
    void theKeepInTouchListHoldsFiftyAtMost() {
        Map<Long, LocalDate> business = new HashMap<>();
        for (long id = 1; id <= 60; id++) {
            contact(id, "Contact " + (100 + id), id <= 10 ? 2 : 4, false, null);
            business.put(id, LocalDate.of(2026, 6, 1));
        }
        Playbook list = playbooks(business, Map.of(), Set.of(), Map.of(), Map.of(), List.of()).get(2);

        assertThat(list.total()).isEqualTo(50);
        assertThat(list.items().get(0).contactId()).isEqualTo(11);
        assertThat(list.items()).noneMatch(i -> i.contactId() <= 10);
    }

    @Test
    void cardFollowUpsListOpenOnesAndThoseDoneLatelyDoneWhenNoneIsOpen() {
        contact(1, "Anna", 3, false, null);
        contact(2, "Boris", 3, false, null);
        contact(3, "Carla", 3, false, null);
        contact(4, "Dmitri", 3, false, null);
        List<CardFollowUp> followUps = List.of(
                new CardFollowUp(1, LocalDate.of(2026, 12, 5), null), // open, due later
                new CardFollowUp(2, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)), // done lately
                new CardFollowUp(3, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)), // done long ago: off
                new CardFollowUp(4, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)),
                new CardFollowUp(4, LocalDate.of(2026, 11, 20), null)); // Dmitri still has one open
        Playbook calls = playbooks(Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), followUps).get(3);

        assertThat(calls.kind()).isEqualTo(PlaybookKind.CARD_FOLLOW_UPS);
        assertThat(calls.items()).containsExactly(item(2, "Boris", true), item(4, "Dmitri", false),
                item(1, "Anna", false));
        assertThat(CardFollowUp.afterCard(1, LocalDate.of(2026, 12, 15), null).dueOn())
                .isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void anEmptyPlaybookHasNoProgress() {
        List<Playbook> none = playbooks(Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), List.of());
        assertThat(none).extracting(Playbook::kind).containsExactly(PlaybookKind.values());
        assertThat(none).allSatisfy(p -> {
            assertThat(p.total()).isZero();
            assertThat(p.progress()).isZero();
        });
    }
}
