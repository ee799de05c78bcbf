package app.rapport.service.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardHistory;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.CardSelection;
import app.rapport.domain.cards.CardStatus;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.LeftOutReason;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.ties.Relationship;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import app.rapport.testing.ContactBuilder;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card lists on a real SQLite file: build, households, marking, follow-ups, history. */
class CardServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path folder;
    private TestDatabase db;
    private CardService cards;
    private long anna;
    private long boris;
    private long clara;
    private long dora;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        cards = db.cards();
        anna = insert(ContactBuilder.person("Anna", "Ivanova").address("Hauptstr. 5", "10115", "Berlin", "DE").build());
        boris = insert(ContactBuilder.person("Boris", "Ivanova").address("Hauptstr. 5", "10115", "Berlin", "DE").build());
        clara = insert(ContactBuilder.person("Clara", "Chen").address("Lindenweg 2", "20095", "Hamburg", "DE").build());
        dora = insert(ContactBuilder.person("Dora", "Dahl").build());
        for (long id : new long[] {anna, boris, clara, dora}) {
            business(id, TODAY.minusMonths(2));
        }
        db.relationships().saveRelationship(Relationship.empty(clara).withStrength(5));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long insert(Contact c) {
        return db.repository().insert(c);
    }

    private void business(long id, LocalDate on) {
        db.interactions().log(Interaction.with(InteractionType.BUSINESS, on.atTime(10, 0), Direction.MUTUAL, "", id));
    }

    private CardList build(String name) {
        CardSelection selection = cards.preview(BuilderOptions.seedDefaults());
        SaveOutcome<CardList> outcome = cards.create(new CardList(0, name, "Holiday", 2026),
                selection.chosen().stream().map(CardPick::candidate).toList());
        assertThat(outcome.problems()).isEmpty();
        return outcome.saved();
    }

    @Test
    void buildsFromClientsLeavingOutTheContactWithoutAnAddress() {
        CardSelection selection = cards.preview(BuilderOptions.seedDefaults());
        assertThat(selection.chosen()).extracting(CardPick::id).containsExactly(clara, anna, boris);
        assertThat(selection.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.pick().id()).isEqualTo(dora);
            assertThat(l.reason()).isEqualTo(LeftOutReason.NO_ADDRESS);
        });
    }

    @Test
    void createsOneEnvelopePerHouseholdWithASnapshotOfTheAddress() {
        CardList list = build("Holiday 2026");
        List<Envelope> envelopes = cards.envelopes(list.id());
        assertThat(envelopes).extracting(Envelope::addressee).containsExactly("Clara Chen", "Anna & Boris Ivanova");
        assertThat(envelopes.get(1).recipients()).hasSize(2);
        // Clara moves: what was mailed stays as it was
        Contact moved = db.repository().find(clara).orElseThrow();
        db.repository().update(new Contact(moved.id(), moved.kind(), moved.name(), moved.organisation(), moved.title(),
                moved.orgKind(), moved.birthday(), moved.emails(), moved.phones(),
                List.of(new PostalAddress("home", "Neue Str. 1", "München", "", "80331", "DE", true)), moved.websites(),
                moved.tags(), moved.notes(), moved.archived(), moved.createdAt(), moved.updatedAt()));
        assertThat(cards.envelopes(list.id()).get(0).address().locality()).isEqualTo("Hamburg");
    }

    @Test
    void aNameIsUniqueIgnoringCaseAndAnEmptyListIsRefused() {
        build("Holiday 2026");
        SaveOutcome<CardList> again = cards.create(new CardList(0, "holiday 2026", "", 2026), List.of());
        assertThat(again.ok()).isFalse();
        assertThat(again.problems()).extracting(p -> p.messageKey())
                .containsExactly("cards.problem.nameTaken", "cards.problem.empty");
        assertThat(db.count("SELECT count(*) FROM card_list")).isEqualTo(1);
    }

    @Test
    void markingSentLogsTheCardAndSchedulesTheCallInKeepInTouch() {
        CardList list = build("Holiday 2026");
        Envelope household = cards.envelopes(list.id()).get(1);
        cards.markSent(List.of(household.id()));
        cards.markSent(List.of(household.id()));  // twice: nothing more
        Envelope sent = cards.envelopes(list.id()).get(1);
        assertThat(sent.status()).isEqualTo(CardStatus.SENT);
        assertThat(sent.sentOn()).isEqualTo(TODAY);
        assertThat(db.count("SELECT count(*) FROM interaction WHERE type = 'CARD' AND direction = 'GIVEN'")).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM follow_up WHERE source = 'CARD'")).isEqualTo(2);
        List<DueItem> due = db.keepInTouch().due(TODAY, 30, 50);
        assertThat(due).filteredOn(d -> d.reason() == DueReason.FOLLOW_UP)
                .extracting(DueItem::contactId, DueItem::dueOn)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(anna, TODAY.plusDays(14)),
                        org.assertj.core.groups.Tuple.tuple(boris, TODAY.plusDays(14)));
    }

    @Test
    void theFollowUpDelayIsASetting() {
        db.settings().setCardFollowUpDays(21);
        CardList list = build("Holiday 2026");
        cards.markSent(List.of(cards.envelopes(list.id()).get(0).id()));
        assertThat(db.count("SELECT count(*) FROM follow_up WHERE due_on = '2026-12-13'")).isEqualTo(1);
    }

    @Test
    void markingReceivedLogsAnInteractionFromThem() {
        CardList list = build("Holiday 2026");
        Envelope claras = cards.envelopes(list.id()).get(0);
        cards.markReceived(List.of(claras.id()));
        assertThat(cards.envelopes(list.id()).get(0).status()).isEqualTo(CardStatus.RECEIVED);
        assertThat(db.interactions().timeline(clara, 5)).first()
                .satisfies(t -> assertThat(t.type()).isEqualTo(InteractionType.CARD));
        assertThat(db.count("SELECT count(*) FROM interaction WHERE type = 'CARD' AND direction = 'RECEIVED'"))
                .isEqualTo(1);
    }

    @Test
    void splittingAHouseholdGivesEachAnEnvelopeNamedAnew() {
        CardList list = build("Holiday 2026");
        Envelope household = cards.envelopes(list.id()).get(1);
        cards.split(household.id(), boris);
        List<Envelope> after = cards.envelopes(list.id());
        assertThat(after).extracting(Envelope::addressee).containsExactly("Clara Chen", "Anna Ivanova", "Boris Ivanova");
        assertThat(after.get(2).address().street()).isEqualTo("Hauptstr. 5");
        assertThat(after.get(1).salutation()).isEqualTo("Dear Anna");
    }

    @Test
    void renamingKeepsTheUsersWords() {
        CardList list = build("Holiday 2026");
        Envelope household = cards.envelopes(list.id()).get(1);
        cards.rename(household.id(), "Familie Ivanov", "Liebe Ivanovs");
        assertThat(cards.envelopes(list.id()).get(1).addressee()).isEqualTo("Familie Ivanov");
    }

    @Test
    void addingByHandNeedsAnAddressAndRefusesSomeoneOnTheList() {
        CardList list = build("Holiday 2026");
        assertThat(cards.add(list.id(), dora).problems()).extracting(p -> p.messageKey())
                .containsExactly("cards.problem.noAddress");
        assertThat(cards.add(list.id(), clara).problems()).extracting(p -> p.messageKey())
                .containsExactly("cards.problem.onList");
        long eve = insert(ContactBuilder.person("Eve", "Ek").address("Ring 1", "50667", "Köln", "DE").archived().build());
        assertThat(cards.add(list.id(), eve).ok()).isTrue();
        assertThat(cards.envelopes(list.id())).extracting(Envelope::addressee).last().isEqualTo("Eve Ek");
    }

    @Test
    void historyShowsWhoSendsBackOverThreeYears() {
        CardList y2024 = cards.create(new CardList(0, "Holiday 2024", "Holiday", 2024),
                List.of(cards.preview(BuilderOptions.seedDefaults()).chosen().get(0).candidate())).saved();
        cards.markSent(List.of(cards.envelopes(y2024.id()).get(0).id()));
        CardList y2025 = cards.create(new CardList(0, "Holiday 2025", "Holiday", 2025),
                List.of(cards.preview(BuilderOptions.seedDefaults()).chosen().get(0).candidate())).saved();
        cards.markSent(List.of(cards.envelopes(y2025.id()).get(0).id()));
        CardList now = build("Holiday 2026");
        Envelope household = cards.envelopes(now.id()).get(1);
        cards.markReceived(List.of(household.id()));
        var history = cards.history(now);
        CardHistory claras = history.get(clara);
        assertThat(claras.years()).extracting(y -> y.year()).containsExactly(2024, 2025, 2026);
        assertThat(claras.neverSendsBack()).isTrue();
        assertThat(history.get(anna).sendsBack()).isTrue();
        assertThat(history.get(anna).years().get(0).sent()).isFalse();
    }

    @Test
    void markingAnEnvelopeThatIsGoneChangesNothing() {
        CardList list = build("Holiday 2026");
        long first = cards.envelopes(list.id()).get(0).id();
        assertThatThrownBy(() -> cards.markSent(List.of(first, 9_999L))).isInstanceOf(StorageException.class);
        assertThat(cards.envelopes(list.id()).get(0).status()).isEqualTo(CardStatus.PLANNED);
        assertThat(db.count("SELECT count(*) FROM follow_up")).isZero();
    }

    @Test
    void aMinimumScoreComputesTodaysScoresAndKeepsTheHighOnes() {
        // Clara: strength 5 and a client this year; Anna and Boris at strength 3
        CardSelection s = cards.preview(new BuilderOptions(EnumSet.of(CardRule.CLIENTS, CardRule.MIN_SCORE), "", 55, 50));
        assertThat(db.count("SELECT count(*) FROM contact WHERE scored_on IS NULL")).isZero();
        assertThat(db.count("SELECT score FROM contact WHERE id = " + clara)).isGreaterThanOrEqualTo(55);
        assertThat(db.count("SELECT score FROM contact WHERE id = " + anna)).isLessThan(55);
        assertThat(s.chosen()).extracting(CardPick::id).containsExactly(clara);
        assertThat(s.chosen().get(0).because()).containsExactlyInAnyOrder(CardRule.CLIENTS, CardRule.MIN_SCORE);
    }

    @Test
    void aTagRuleAndTheCapWork() {
        long eve = insert(ContactBuilder.person("Eve", "Ek").address("Ring 1", "50667", "Köln", "DE").tag("Family").build());
        CardSelection s = cards.preview(new BuilderOptions(EnumSet.of(CardRule.TAG), "family", 1, 1));
        assertThat(s.chosen()).extracting(CardPick::id).containsExactly(eve);
        CardSelection capped = cards.preview(new BuilderOptions(EnumSet.of(CardRule.CLIENTS), "", 1, 1));
        assertThat(capped.chosen()).extracting(CardPick::id).containsExactly(clara);
        assertThat(capped.leftOut()).extracting(l -> l.reason()).contains(LeftOutReason.OVER_LIMIT);
    }

    @Test
    void historyCountsCardsLoggedByHand() {
        // a card to Clara in 2025 and one from her in 2024, logged on her timeline, not through a card list
        db.interactions().log(Interaction.with(InteractionType.CARD, LocalDateTime.of(2025, 12, 18, 10, 0),
                Direction.GIVEN, "", clara));
        db.interactions().log(Interaction.with(InteractionType.CARD, LocalDateTime.of(2024, 12, 20, 10, 0),
                Direction.RECEIVED, "", clara));
        CardList now = build("Holiday 2026");
        CardHistory claras = cards.history(now).get(clara);
        assertThat(claras.years()).extracting(y -> y.year() + ":" + y.sent() + ":" + y.received())
                .containsExactly("2024:false:true", "2025:true:false", "2026:false:false");
    }
}
