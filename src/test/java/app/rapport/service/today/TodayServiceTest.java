package app.rapport.service.today;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.today.Lane;
import app.rapport.domain.today.TodayPlan;
import app.rapport.domain.today.TodayRules;
import app.rapport.domain.today.UpcomingBirthday;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.today.JdbiTodayRepository;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today plan on a real SQLite file; the clock stands at 22 November 2026 (a Sunday). */
class TodayServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    TodayService today;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        today = new TodayService(db.keepInTouch(), db.interactions(), new JdbiTodayRepository(db.database()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long add(String given, String family) {
        return db.service().save(person(given, family).build()).saved().id();
    }

    private void cadenceLastCalled(long contact, Cadence cadence, int strength, boolean flagged, LocalDate called) {
        assertThat(db.relationships().saveRelationship(Relationship.empty(contact).withCadence(cadence)
                .withStrength(strength).withFlag(flagged, flagged ? "important" : "")).ok()).isTrue();
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, called.atTime(11, 0), Direction.GIVEN, "",
                contact)).ok()).isTrue();
    }

    @Test
    void theLanesHoldTheirItemsRankedWithCounts() {
        long birthday = db.service().save(person("Bea", "Today").birthday(11, 22, 1986).build()).saved().id();
        long friday = db.service().save(person("Fritz", "Friday").birthday(11, 27, null).build()).saved().id();
        long promised = add("Paula", "Promise");
        db.keepInTouch().addFollowUp(promised, TODAY, "send the offer");
        long later = add("Lars", "Later");
        db.keepInTouch().addFollowUp(later, TODAY.plusDays(3), "ask about the move");
        // overdue: 10 days late on 2 weeks (1.71); 10 days late on 6 months, strength 5 (1.76); flagged 8 late on 30 (1.27 × 1.5 = 1.9)
        long anna = add("Anna", "Müller");
        cadenceLastCalled(anna, Cadence.weeks(2), 3, false, TODAY.minusDays(24));
        long boris = add("Boris", "Petrov");
        cadenceLastCalled(boris, Cadence.months(6), 5, false, TODAY.minusDays(190));
        long carla = add("Carla", "Rossi");
        cadenceLastCalled(carla, Cadence.days(30), 3, true, TODAY.minusDays(38));
        // due in two days
        long dora = add("Dora", "Soon");
        cadenceLastCalled(dora, Cadence.weeks(4), 3, false, TODAY.minusDays(26));

        TodayPlan plan = today.plan(TODAY);

        assertThat(plan.today().items()).extracting(DueItem::contactId, DueItem::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(birthday, DueReason.BIRTHDAY),
                org.assertj.core.groups.Tuple.tuple(promised, DueReason.FOLLOW_UP));
        assertThat(plan.lane(Lane.THIS_WEEK).items()).extracting(DueItem::contactId)
                .containsExactlyInAnyOrder(friday, later, dora);
        assertThat(plan.overdue().count()).isEqualTo(3);
        assertThat(plan.overdue().items()).extracting(DueItem::contactId).containsExactly(carla, boris, anna);
        // three overdue, median cadence 30 days: ceil(3 / 30) = 1, raised to the minimum 3, capped by the backlog
        assertThat(plan.budget().cadenceDays()).isEqualTo(30);
        assertThat(plan.budget().size()).isEqualTo(3);
        assertThat(plan.budget().picked()).extracting(DueItem::contactId).containsExactly(carla, boris, anna);
        assertThat(plan.birthdays()).containsExactly(
                new UpcomingBirthday(birthday, "Bea Today", TODAY, 40),
                new UpcomingBirthday(friday, "Fritz Friday", LocalDate.of(2026, 11, 27), null));
    }

    @Test
    void thePlanIsTheOneTheRankedKeepInTouchListGives() {
        java.util.Random random = new java.util.Random(16);
        db.relationships().setTagCadence("client", Cadence.weeks(3));
        for (int i = 0; i < 60; i++) {
            var person = person("P" + i, "Plan").tag(i % 3 == 0 ? "client" : "other");
            if (i % 7 == 0) {
                person.birthday(11, 22 + random.nextInt(7), i % 2 == 0 ? 1980 + i : null);
            }
            long id = db.service().save(person.build()).saved().id();
            if (i % 3 != 0) {
                cadenceLastCalled(id, Cadence.days(7 + random.nextInt(60)), 1 + random.nextInt(5), random.nextInt(5) == 0,
                        TODAY.minusDays(random.nextInt(90)));
            } else {
                assertThat(db.interactions().log(Interaction.with(InteractionType.CALL,
                        TODAY.minusDays(random.nextInt(40)).atTime(10, 0), Direction.GIVEN, "", id)).ok()).isTrue();
            }
            if (i % 5 == 0) { // two promises to the same person on the same day: the older one first
                LocalDate on = TODAY.plusDays(random.nextInt(9) - 2);
                db.keepInTouch().addFollowUp(id, on, "first");
                db.keepInTouch().addFollowUp(id, on, "second");
            }
        }
        var ranked = db.keepInTouch().due(TODAY, TodayRules.WEEK_DAYS, Integer.MAX_VALUE);
        TodayPlan plan = today.plan(TODAY);
        TodayPlan fromRanked = TodayRules.plan(TODAY, ranked, TodayRules.overdueByCadence(ranked, TODAY),
                new JdbiTodayRepository(db.database()).birthdays(TODAY, TODAY.plusDays(6)));
        assertThat(plan.overdue().count()).isPositive();
        assertThat(plan.thisWeek().count()).isPositive();
        assertThat(plan.today().count()).isPositive();
        assertThat(plan).isEqualTo(fromRanked);
        // the backlog counted by cadence as the database counts it
        assertThat((long) plan.budget().overdue()).isEqualTo(db.count("SELECT count(*) FROM contact WHERE next_due_on < '"
                + TODAY + "' AND deleted_at IS NULL AND archived = 0"));
    }

    @Test
    void aLoggedInteractionTakesTheContactOutOfTheBacklogAtOnce() {
        long anna = add("Anna", "Müller");
        cadenceLastCalled(anna, Cadence.weeks(2), 3, false, TODAY.minusDays(24));
        assertThat(today.plan(TODAY).overdue().count()).isEqualTo(1);
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.atTime(9, 0), Direction.GIVEN, "",
                anna)).ok()).isTrue();
        TodayPlan plan = today.plan(TODAY);
        assertThat(plan.overdue().count()).isZero();
        assertThat(plan.budget().size()).isZero();
    }

    @Test
    void archivedContactsAndBirthdaysBeyondTheWeekAreLeftOut() {
        db.service().save(person("Old", "Archive").birthday(11, 23, 1950).archived().build());
        db.service().save(person("Next", "Week").birthday(11, 29, 1990).build());
        assertThat(today.plan(TODAY).birthdays()).isEmpty();
    }

    @Test
    void eachActionCanBeUndone() {
        long anna = add("Anna", "Müller");
        cadenceLastCalled(anna, Cadence.weeks(2), 3, false, TODAY.minusDays(24));
        long paula = add("Paula", "Promise");
        db.keepInTouch().addFollowUp(paula, TODAY, "send the offer");

        assertThat(today.snooze(anna, TODAY.plusDays(7))).isNull();
        assertThat(today.plan(TODAY).overdue().count()).isZero();
        assertThat(today.snooze(anna, TODAY.plusDays(14))).isEqualTo(TODAY.plusDays(7));
        today.restoreSnooze(anna, TODAY.plusDays(7));
        assertThat(db.relationships().relationship(anna).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(7));
        today.restoreSnooze(anna, null);
        assertThat(today.plan(TODAY).overdue().count()).isEqualTo(1);

        long followUp = today.plan(TODAY).today().items().get(0).followUpId();
        today.done(followUp);
        assertThat(today.plan(TODAY).today().count()).isZero();
        today.reopen(followUp);
        assertThat(today.plan(TODAY).today().items()).extracting(DueItem::followUpId).containsExactly(followUp);

        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.atTime(9, 0), Direction.GIVEN, "",
                anna)).ok()).isTrue();
        assertThat(today.plan(TODAY).overdue().count()).isZero();
        today.unlog(today.newestInteraction(anna));
        assertThat(today.plan(TODAY).overdue().count()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")).isEqualTo(1);
    }
}
