package app.rapport.persistence.keepintouch;

import app.rapport.persistence.contacts.SearchSql;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.keepintouch.DueCounts;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.keepintouch.DueRules;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.contacts.SortField;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.StorageException;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keep-in-touch list and the derived next-due column. The contacts were added on 22 November 2026. */
class KeepInTouchRepositoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    KeepInTouchService keep;
    long anna;
    long boris;
    long carla;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        keep = db.keepInTouch();
        anna = db.service().save(person("Anna", "Müller").tag("client").build()).saved().id();
        boris = db.service().save(person("Boris", "Petrov").tag("client").tag("friend").build()).saved().id();
        carla = db.service().save(person("Carla", "Rossi").birthday(11, 25, 1990).build()).saved().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void call(long contact, LocalDate day) {
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, day.atTime(11, 0), Direction.GIVEN, "", contact))
                .ok()).isTrue();
    }

    private void cadence(long contact, Cadence cadence, int strength) {
        assertThat(db.relationships().saveRelationship(Relationship.empty(contact).withCadence(cadence).withStrength(strength))
                .ok()).isTrue();
    }

    private LocalDate nextDue(long id) {
        return db.service().summaries(new long[] {id}).get(0).nextDue();
    }

    private List<Long> dueContacts(DueReason reason) {
        return keep.due(TODAY, 7, 100).stream().filter(i -> i.reason() == reason).map(DueItem::contactId).toList();
    }

    @Test
    void withoutACadenceNobodyIsDue() {
        assertThat(nextDue(anna)).isNull();
        assertThat(dueContacts(DueReason.CADENCE)).isEmpty();
    }

    @Test
    void loggingACallTakesAContactOffTheOverdueListAtOnceAndDeletingItBringsThemBack() {
        cadence(anna, Cadence.weeks(2), 3);
        call(anna, LocalDate.of(2026, 10, 1));
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(dueContacts(DueReason.CADENCE)).containsExactly(anna);
        assertThat(keep.counts(TODAY).overdue()).isEqualTo(1);

        Interaction today = db.interactions().log(
                Interaction.with(InteractionType.CALL, TODAY.atTime(9, 0), Direction.GIVEN, "", anna)).saved();
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(dueContacts(DueReason.CADENCE)).isEmpty();
        assertThat(keep.counts(TODAY).overdue()).isZero();

        db.interactions().delete(today.id());
        assertThat(dueContacts(DueReason.CADENCE)).containsExactly(anna);
        db.interactions().restore(today.id());
        assertThat(dueContacts(DueReason.CADENCE)).isEmpty();
    }

    @Test
    void changingTheCadenceMovesTheDueDate() {
        call(anna, LocalDate.of(2026, 10, 1));
        cadence(anna, Cadence.months(1), 3);
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 10, 31));
        cadence(anna, Cadence.months(3), 3);
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 12, 30));
        cadence(anna, null, 3);
        assertThat(nextDue(anna)).isNull();
    }

    @Test
    void tagDefaultsApplyWhenTheContactHasNoCadenceAndTheShortestWins() {
        call(anna, LocalDate.of(2026, 10, 1));
        call(boris, LocalDate.of(2026, 10, 1));
        db.relationships().setTagCadence("client", Cadence.months(2));
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(nextDue(boris)).isEqualTo(LocalDate.of(2026, 11, 30));
        db.relationships().setTagCadence("friend", Cadence.weeks(4));
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(nextDue(boris)).isEqualTo(LocalDate.of(2026, 10, 29));
        // the contact's own cadence wins over every tag
        cadence(boris, Cadence.months(6), 3);
        assertThat(nextDue(boris)).isEqualTo(LocalDate.of(2027, 3, 30));
        db.relationships().setTagCadence("client", Cadence.days(10));
        assertThat(nextDue(anna)).isEqualTo(LocalDate.of(2026, 10, 11));
        db.relationships().setTagCadence("client", null);
        assertThat(nextDue(anna)).isNull();
    }

    @Test
    void taggingAContactWithADefaultGivesThemADueDate() {
        db.relationships().setTagCadence("vip", Cadence.days(5));
        var carlaContact = db.service().find(carla).orElseThrow();
        db.service().save(carlaContact.withDetails(carlaContact.title(), carlaContact.emails(), carlaContact.phones(),
                carlaContact.addresses(), carlaContact.websites(), List.of("vip"), "", carlaContact.birthday()));
        // no interactions: the cadence runs from the day Carla was added
        assertThat(nextDue(carla)).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void aSnoozeKeepsAContactOffTheListUntilItEnds() {
        cadence(anna, Cadence.weeks(1), 3);
        call(anna, LocalDate.of(2026, 11, 1));
        assertThat(dueContacts(DueReason.CADENCE)).containsExactly(anna);
        keep.snooze(anna, TODAY.plusDays(20));
        assertThat(nextDue(anna)).isEqualTo(TODAY.plusDays(20));
        assertThat(dueContacts(DueReason.CADENCE)).isEmpty();
        assertThat(keep.due(TODAY.plusDays(20), 1, 10)).extracting(DueItem::contactId).containsExactly(anna);
        // snoozing a contact without a relationship yet creates one
        keep.snooze(boris, TODAY);
        assertThat(db.relationships().relationship(boris)).hasValueSatisfying(r -> assertThat(r.snoozedUntil()).isEqualTo(TODAY));
        assertThatThrownBy(() -> keep.snooze(999, TODAY)).isInstanceOf(StorageException.class);
    }

    @Test
    void aSnoozeGivesBackTheOneItReplacedAndABatchOfThemIsPutBackAsItWas() {
        assertThat(keep.snooze(anna, TODAY.plusDays(7))).isNull();
        assertThat(keep.snooze(anna, TODAY.plusDays(14))).isEqualTo(TODAY.plusDays(7));
        Map<Long, LocalDate> before = keep.snoozeAll(List.of(anna, boris), TODAY.plusDays(30));
        assertThat(before).containsExactly(entry(anna, TODAY.plusDays(14)), entry(boris, null));
        assertThat(snoozedUntil(anna)).isEqualTo(TODAY.plusDays(30));
        assertThat(snoozedUntil(boris)).isEqualTo(TODAY.plusDays(30));
        keep.restoreSnoozes(before);
        assertThat(snoozedUntil(anna)).isEqualTo(TODAY.plusDays(14));
        assertThat(snoozedUntil(boris)).isNull();
        // the snooze given back ends this one: Undo
        keep.snooze(anna, keep.snooze(anna, TODAY.plusDays(3)));
        assertThat(snoozedUntil(anna)).isEqualTo(TODAY.plusDays(14));
    }

    private LocalDate snoozedUntil(long contact) {
        return db.relationships().relationship(contact).orElseThrow().snoozedUntil();
    }

    @Test
    void everyDueItemComesWithItsCadenceAsTheRankedListHasIt() {
        db.relationships().setTagCadence("friend", Cadence.weeks(4));
        cadence(anna, Cadence.weeks(2), 3);
        call(anna, TODAY.minusDays(24)); // own cadence, 10 days late
        call(boris, TODAY.minusDays(25)); // the tag's 4 weeks, due in 3 days
        long dora = db.service().save(person("Dora", "Later").build()).saved().id();
        cadence(dora, Cadence.weeks(2), 3); // added today: due in 2 weeks, after the week
        keep.addFollowUp(anna, TODAY.plusDays(1), "ask");

        List<DueItem> every = keep.everyDue(TODAY, 7);
        assertThat(every).containsExactlyInAnyOrderElementsOf(keep.due(TODAY, 7, 100));
        assertThat(every).extracting(DueItem::contactId, DueItem::reason, DueItem::cadenceDays).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(anna, DueReason.CADENCE, 14),
                org.assertj.core.groups.Tuple.tuple(boris, DueReason.CADENCE, 28),
                org.assertj.core.groups.Tuple.tuple(anna, DueReason.FOLLOW_UP, 0),
                org.assertj.core.groups.Tuple.tuple(carla, DueReason.BIRTHDAY, 0));
        // the name is in the next-due index (V13): the contact rows are not read
        assertThat(plan(JdbiKeepInTouchRepository.EVERY_CADENCE_DUE.replace(":until", "'2026-11-28'")))
                .contains("COVERING INDEX contact_by_next_due");
    }

    @Test
    void theListIsRankedByUrgency() {
        // Anna: 10 days late on 2 weeks, strength 3: (10 + 14) / 14 = 1.71
        cadence(anna, Cadence.weeks(2), 3);
        call(anna, TODAY.minusDays(24));
        // Boris: 10 days late on 6 months, strength 5: (10 + 180) / 180 × 5/3 = 1.76
        cadence(boris, Cadence.months(6), 5);
        call(boris, TODAY.minusDays(190));
        // Carla: due in 3 days on 4 weeks, strength 1: 31 / 28 / 3 = 0.37; her birthday in 3 days: 4/7 = 0.57
        cadence(carla, Cadence.weeks(4), 1);
        call(carla, TODAY.minusDays(25));
        List<DueItem> due = keep.due(TODAY, 7, 10);
        assertThat(due).extracting(DueItem::contactId, DueItem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(boris, DueReason.CADENCE),
                org.assertj.core.groups.Tuple.tuple(anna, DueReason.CADENCE),
                org.assertj.core.groups.Tuple.tuple(carla, DueReason.CADENCE),
                org.assertj.core.groups.Tuple.tuple(carla, DueReason.BIRTHDAY));
        assertThat(due.get(1).daysOverdue()).isEqualTo(10);
        assertThat(due.get(1).urgency()).isEqualTo(DueRules.urgency(TODAY.minusDays(10), 14, 3, TODAY));
        assertThat(due.get(2).daysOverdue()).isEqualTo(-3);
        assertThat(due.get(3).dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(keep.due(TODAY, 7, 2)).extracting(DueItem::contactId).containsExactly(boris, anna);
        // beyond the horizon: Carla (due in 3 days) drops out with a horizon of 3 days (today and the next two)
        assertThat(keep.due(TODAY, 3, 10)).extracting(DueItem::contactId).containsExactly(boris, anna);
        assertThat(keep.due(TODAY, 4, 10)).extracting(DueItem::contactId).contains(carla);
        assertThat(keep.counts(TODAY)).isEqualTo(new DueCounts(2, 2));
    }

    @Test
    void archivedAndTrashedContactsAreNotDue() {
        cadence(anna, Cadence.days(1), 3);
        cadence(boris, Cadence.days(1), 3);
        call(anna, TODAY.minusDays(5));
        call(boris, TODAY.minusDays(5));
        db.service().moveToTrash(anna);
        var b = db.service().find(boris).orElseThrow();
        db.service().save(b.withArchived(true));
        assertThat(dueContacts(DueReason.CADENCE)).isEmpty();
    }

    @Test
    void followUpsAreListedUntilDone() {
        keep.addFollowUp(anna, TODAY.plusDays(2), "Send the proposal");
        keep.addFollowUp(boris, TODAY.plusDays(30), "Too far ahead");
        List<DueItem> due = keep.due(TODAY, 7, 10).stream().filter(i -> i.reason() == DueReason.FOLLOW_UP).toList();
        assertThat(due).singleElement().satisfies(i -> {
            assertThat(i.contactId()).isEqualTo(anna);
            assertThat(i.reason()).isEqualTo(DueReason.FOLLOW_UP);
            assertThat(i.note()).isEqualTo("Send the proposal");
            assertThat(i.followUpId()).isPositive();
        });
        // the follow-up and Carla's birthday
        assertThat(keep.counts(TODAY).dueThisWeek()).isEqualTo(2);
        keep.completeFollowUp(due.get(0).followUpId());
        assertThat(dueContacts(DueReason.FOLLOW_UP)).isEmpty();
        assertThat(keep.counts(TODAY).dueThisWeek()).isEqualTo(1);
        assertThatThrownBy(() -> keep.addFollowUp(999, TODAY, "")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> keep.completeFollowUp(999)).isInstanceOf(StorageException.class);
    }

    @Test
    void birthdaysComeUpWithinTheHorizonAndTwentyNinthOfFebruaryOnTheTwentyEighth() {
        assertThat(keep.due(TODAY, 3, 10)).isEmpty();
        assertThat(keep.due(TODAY, 0, 10)).isEmpty();
        assertThat(dueContacts(DueReason.BIRTHDAY)).containsExactly(carla);
        long leap = db.service().save(person("Lea", "Schaltjahr").birthday(2, 29, 1996).build()).saved().id();
        assertThat(keep.due(LocalDate.of(2027, 2, 27), 2, 10)).extracting(DueItem::contactId, DueItem::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(leap, LocalDate.of(2027, 2, 28)));
    }

    @Test
    void theListSortsByNextDueInSqlWithoutCadenceLast() {
        cadence(anna, Cadence.weeks(2), 3);
        cadence(boris, Cadence.weeks(1), 3);
        long[] asc = db.service().search(ContactQuery.ALL.sortedBy(SortField.NEXT_DUE, true));
        assertThat(asc).containsExactly(boris, anna, carla);
    }

    @Test
    void theListQueriesUseTheirIndexes() {
        for (SortField field : List.of(SortField.NEXT_DUE, SortField.LAST_INTERACTION)) {
            String sql = SearchSql.idsFor(ContactQuery.ALL.sortedBy(field, true)).sql();
            assertThat(plan(sql)).as(field.name()).doesNotContain("TEMP B-TREE");
        }
    }

    private String plan(String sql) {
        return String.join("\n", dbPlan("EXPLAIN QUERY PLAN " + sql));
    }

    private List<String> dbPlan(String sql) {
        return db.database().jdbi().withHandle(h -> h.createQuery(sql).map((rs, ctx) -> rs.getString("detail")).list());
    }
}
