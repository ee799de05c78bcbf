package app.rapport.persistence.interactions;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.contacts.SortField;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.ledger.LedgerOverview;
import app.rapport.domain.ledger.LedgerRow;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import app.rapport.service.interactions.InteractionService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionRepositoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    InteractionService interactions;
    long anna;
    long boris;
    long carla;
    long dmitri;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        interactions = db.interactions();
        anna = db.service().save(person("Anna", "Müller").build()).saved().id();
        boris = db.service().save(person("Boris", "Petrov").build()).saved().id();
        carla = db.service().save(person("Carla", "Rossi").build()).saved().id();
        dmitri = db.service().save(person("Dmitri", "Ivanov").build()).saved().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Interaction log(Interaction i) {
        SaveOutcome<Interaction> outcome = interactions.log(i);
        assertThat(outcome.problems()).isEmpty();
        return outcome.saved();
    }

    private static LocalDateTime at(String day) {
        return LocalDate.parse(day).atTime(14, 30);
    }

    private LocalDate lastInteraction(long id) {
        return db.service().summaries(new long[] {id}).get(0).lastInteraction();
    }

    @Test
    void aLoggedInteractionRoundTripsWithItsParticipantsByRole() {
        // "Anna referred Boris to me"
        Interaction referral = new Interaction(0, InteractionType.REFERRAL, LocalDateTime.of(2026, 11, 20, 9, 15, 42),
                Direction.RECEIVED, "Boris needs a new website",
                List.of(Participant.with(anna), new Participant(boris, ParticipantRole.REFERRED)));
        Interaction saved = log(referral);
        assertThat(saved.id()).isPositive();
        assertThat(saved).isEqualTo(referral.withId(saved.id()));
        assertThat(saved.contacts(ParticipantRole.WITH)).containsExactly(anna);
        assertThat(saved.contacts(ParticipantRole.REFERRED)).containsExactly(boris);
    }

    @Test
    void theTimelineIsNewestFirstWithTheOthersByRole() {
        log(Interaction.with(InteractionType.CALL, at("2026-01-05"), Direction.GIVEN, "New year", anna));
        log(Interaction.with(InteractionType.MEETING, at("2026-06-01"), Direction.MUTUAL, "Lunch", anna, carla));
        // "I introduced Carla to Dmitri"
        log(Interaction.with(InteractionType.INTRODUCTION, at("2026-03-01"), Direction.GIVEN, "", carla, dmitri));
        log(new Interaction(0, InteractionType.REFERRAL, at("2026-09-01"), Direction.RECEIVED, "",
                List.of(Participant.with(boris), new Participant(anna, ParticipantRole.REFERRED))));

        List<TimelineEntry> annas = interactions.timeline(anna, 10);
        assertThat(annas).extracting(TimelineEntry::type)
                .containsExactly(InteractionType.REFERRAL, InteractionType.MEETING, InteractionType.CALL);
        assertThat(annas.get(0).names(ParticipantRole.WITH)).containsExactly("Boris Petrov");
        assertThat(annas.get(1).names(ParticipantRole.WITH)).containsExactly("Carla Rossi");
        assertThat(annas.get(2).others()).isEmpty();
        assertThat(annas.get(2).note()).isEqualTo("New year");
        assertThat(annas.get(2).occurredAt()).isEqualTo(at("2026-01-05"));
        assertThat(interactions.timeline(anna, 1)).hasSize(1);
        assertThat(interactions.timeline(carla, 10).get(1).names(ParticipantRole.WITH)).containsExactly("Dmitri Ivanov");
    }

    @Test
    void editingReplacesTheParticipants() {
        Interaction call = log(Interaction.with(InteractionType.CALL, at("2026-10-01"), Direction.GIVEN, "", anna));
        Interaction edited = log(new Interaction(call.id(), InteractionType.MEETING, at("2026-10-02"), Direction.MUTUAL,
                "coffee", List.of(Participant.with(boris))));
        assertThat(edited.id()).isEqualTo(call.id());
        assertThat(interactions.timeline(anna, 10)).isEmpty();
        assertThat(interactions.timeline(boris, 10)).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("coffee"));
        assertThat(lastInteraction(anna)).isNull();
        assertThat(lastInteraction(boris)).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(interactions.count()).isEqualTo(1);
    }

    @Test
    void deleteGoesToTheTrashAndRestoreBringsItBack() {
        log(Interaction.with(InteractionType.CALL, at("2026-09-01"), Direction.GIVEN, "", anna));
        Interaction later = log(Interaction.with(InteractionType.EMAIL, at("2026-11-01"), Direction.GIVEN, "", anna));
        assertThat(lastInteraction(anna)).isEqualTo(LocalDate.of(2026, 11, 1));

        interactions.delete(later.id());
        assertThat(interactions.timeline(anna, 10)).hasSize(1);
        assertThat(lastInteraction(anna)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(interactions.count()).isEqualTo(1);

        interactions.restore(later.id());
        assertThat(interactions.timeline(anna, 10)).hasSize(2);
        assertThat(lastInteraction(anna)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThatThrownBy(() -> interactions.delete(12345)).isInstanceOf(StorageException.class);
    }

    @Test
    void onlyTheContactsItWasWithHaveTheirLastInteractionMoved() {
        log(new Interaction(0, InteractionType.REFERRAL, at("2026-11-02"), Direction.RECEIVED, "",
                List.of(Participant.with(anna), new Participant(boris, ParticipantRole.REFERRED))));
        assertThat(lastInteraction(anna)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(lastInteraction(boris)).isNull();
    }

    @Test
    void anInteractionWithoutAContactIsRefusedAndNothingIsSaved() {
        SaveOutcome<Interaction> none = interactions.log(
                new Interaction(0, InteractionType.CALL, at("2026-11-01"), Direction.GIVEN, "", List.of()));
        assertThat(none.ok()).isFalse();
        assertThat(none.problems()).extracting(Problem::messageKey).containsExactly("error.interaction.noContact");
        db.service().moveToTrash(boris);
        SaveOutcome<Interaction> trashed = interactions.log(
                Interaction.with(InteractionType.CALL, at("2026-11-01"), Direction.GIVEN, "", anna, boris));
        assertThat(trashed.problems()).extracting(Problem::messageKey).containsExactly("error.interaction.missingContact");
        assertThat(db.count("SELECT count(*) FROM interaction") + db.count("SELECT count(*) FROM interaction_contact")).isZero();
        assertThat(lastInteraction(anna)).isNull();
    }

    @Test
    void theListSortsByLastInteractionInSql() {
        log(Interaction.with(InteractionType.CALL, at("2026-05-01"), Direction.GIVEN, "", boris));
        log(Interaction.with(InteractionType.CALL, at("2026-07-01"), Direction.GIVEN, "", anna));
        log(Interaction.with(InteractionType.CALL, at("2026-02-01"), Direction.GIVEN, "", carla));
        long[] desc = db.service().search(ContactQuery.ALL.sortedBy(SortField.LAST_INTERACTION, false));
        assertThat(desc).containsExactly(anna, boris, carla, dmitri);
        long[] asc = db.service().search(ContactQuery.ALL.sortedBy(SortField.LAST_INTERACTION, true));
        assertThat(asc).containsExactly(dmitri, carla, boris, anna);
    }

    @Test
    void theLedgerCountsWhatWasGivenAndReceived() {
        log(new Interaction(0, InteractionType.REFERRAL, at("2026-03-01"), Direction.RECEIVED, "",
                List.of(Participant.with(anna), new Participant(boris, ParticipantRole.REFERRED))));
        log(Interaction.with(InteractionType.REFERRAL, at("2026-06-01"), Direction.RECEIVED, "", anna));
        log(Interaction.with(InteractionType.FAVOUR, at("2026-07-01"), Direction.GIVEN, "", anna));
        log(Interaction.with(InteractionType.FAVOUR, at("2026-08-01"), Direction.RECEIVED, "", anna));
        log(Interaction.with(InteractionType.CALL, at("2026-09-01"), Direction.RECEIVED, "", anna));
        Interaction deleted = log(Interaction.with(InteractionType.GIFT, at("2026-09-02"), Direction.RECEIVED, "", anna));
        interactions.delete(deleted.id());

        LedgerBalance b = db.ledger().balance(anna, TODAY);
        assertThat(b.line(InteractionType.REFERRAL).received()).isEqualTo(2);
        assertThat(b.line(InteractionType.FAVOUR).given()).isEqualTo(1);
        assertThat(b.line(InteractionType.FAVOUR).received()).isEqualTo(1);
        assertThat(b.line(InteractionType.GIFT).received()).isZero();
        assertThat(b.balance()).isEqualTo(2);
        assertThat(b.receivedSinceLastGave()).isEqualTo(1);
        assertThat(db.ledger().balance(boris, TODAY).history()).isEmpty();
    }

    @Test
    void theLedgerOverviewListsReferrersDebtsAndTakers() {
        // Anna: two referrals in the last year, one two years ago
        log(Interaction.with(InteractionType.REFERRAL, at("2026-03-01"), Direction.RECEIVED, "", anna));
        log(Interaction.with(InteractionType.REFERRAL, at("2026-10-01"), Direction.RECEIVED, "", anna));
        log(Interaction.with(InteractionType.REFERRAL, at("2024-10-01"), Direction.RECEIVED, "", anna));
        // Boris: one referral in the last year; I did him two favours
        log(Interaction.with(InteractionType.REFERRAL, at("2026-01-01"), Direction.RECEIVED, "", boris));
        log(Interaction.with(InteractionType.FAVOUR, at("2026-02-01"), Direction.GIVEN, "", boris));
        log(Interaction.with(InteractionType.FAVOUR, at("2026-02-02"), Direction.GIVEN, "", boris));
        // Carla received a gift and an introduction and never gave; Dmitri received one gift
        log(Interaction.with(InteractionType.GIFT, at("2026-05-01"), Direction.GIVEN, "", carla));
        log(Interaction.with(InteractionType.INTRODUCTION, at("2026-05-02"), Direction.GIVEN, "", carla));
        log(Interaction.with(InteractionType.GIFT, at("2026-05-03"), Direction.GIVEN, "", dmitri));

        LedgerOverview o = db.ledger().overview(TODAY, 10);
        assertThat(o.referredMe()).containsExactly(new LedgerRow(anna, "Anna Müller", 0, 2),
                new LedgerRow(boris, "Boris Petrov", 0, 1));
        assertThat(o.iOweMost()).containsExactly(new LedgerRow(anna, "Anna Müller", 0, 3));
        assertThat(o.receivedWithoutGiving()).containsExactly(new LedgerRow(carla, "Carla Rossi", 2, 0),
                new LedgerRow(dmitri, "Dmitri Ivanov", 1, 0));
        assertThat(db.ledger().overview(TODAY, 1).referredMe()).hasSize(1);
        db.service().moveToTrash(anna);
        assertThat(db.ledger().overview(TODAY, 10).iOweMost()).isEmpty();
    }

    @Test
    void theListSummaryCarriesLastInteraction() {
        log(Interaction.with(InteractionType.CALL, at("2026-11-20"), Direction.GIVEN, "", anna, boris));
        assertThat(Arrays.stream(new long[] {anna, boris, carla}).mapToObj(this::lastInteraction))
                .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null);
    }
}
