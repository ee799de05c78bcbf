package app.rapport.ui.today;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.today.Lane;
import app.rapport.persistence.today.JdbiTodayRepository;
import app.rapport.service.DataChanges;
import app.rapport.service.today.TodayService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService.Words;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today view-model on a real SQLite file, the clock at 22 November 2026, without a window. */
class TodayViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    TodayViewModel vm;
    DataChanges changes = new DataChanges();

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        vm = new TodayViewModel(new TodayService(db.keepInTouch(), db.interactions(), new JdbiTodayRepository(db.database())),
                new DirectTaskRunner(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC), changes);
        changes.listen(vm::refresh); // as the area registry does for the area shown
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long overdue(String given, String tag, int daysLate) {
        long id = db.service().save(person(given, "Late").tag(tag).build()).saved().id();
        assertThat(db.relationships().saveRelationship(Relationship.empty(id).withCadence(Cadence.days(10))).ok()).isTrue();
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.minusDays(10L + daysLate).atTime(9, 0),
                Direction.GIVEN, "", id)).ok()).isTrue();
        return id;
    }

    @Test
    void lanesAreCountedCappedAndFiltered() {
        for (int i = 1; i <= 9; i++) {
            overdue("P" + i, i % 2 == 0 ? "client" : "friend", i);
        }
        long bea = db.service().save(person("Bea", "Today").birthday(11, 22, 1986).build()).saved().id();
        vm.refresh();
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isEqualTo(9);
        assertThat(vm.rows(Lane.OVERDUE)).hasSize(7);
        assertThat(vm.moreProperty(Lane.OVERDUE).get()).isTrue();
        vm.showAll(Lane.OVERDUE);
        assertThat(vm.rows(Lane.OVERDUE)).hasSize(9);
        assertThat(vm.rows(Lane.TODAY)).extracting(r -> r.item().contactId()).containsExactly(bea);
        assertThat(vm.birthdays()).containsExactly(Words.of("today.birthday.turns", "Bea Today", 40, TODAY));
        // nine overdue on a 10-day cadence: one a day, raised to three; the three latest first
        assertThat(vm.budgetProperty().get()).isEqualTo(Words.of("today.budget", 3, 9, 10));
        assertThat(vm.pick()).extracting(r -> r.item().name()).containsExactly("P9 Late", "P8 Late", "P7 Late");

        vm.tagProperty().set("client");
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isEqualTo(4);
        assertThat(vm.countProperty(Lane.TODAY).get()).isZero();
        vm.tagProperty().set(null);
        vm.searchProperty().set("p3");
        assertThat(vm.rows(Lane.OVERDUE)).extracting(r -> r.item().name()).containsExactly("P3 Late");
        vm.searchProperty().set("");
        vm.kindProperty().set(DueReason.BIRTHDAY);
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isZero();
        assertThat(vm.countProperty(Lane.TODAY).get()).isEqualTo(1);
        vm.kindProperty().set(null);
        vm.laneProperty().set(Lane.TODAY);
        assertThat(vm.rows(Lane.OVERDUE)).isEmpty();
        assertThat(vm.rows(Lane.TODAY)).hasSize(1);
    }

    @Test
    void aWeekOfBirthdaysNamesTheSoonestSixAndCountsTheRest() {
        for (int i = 0; i < 9; i++) {
            db.service().save(person("B" + i, "Born").birthday(11, 22 + i % 3, 1980 + i).build());
        }
        vm.refresh();
        assertThat(vm.birthdays()).hasSize(TodayViewModel.BIRTHDAY_CAP + 1);
        assertThat(vm.birthdays().get(0).key()).isEqualTo("today.birthday.turns");
        assertThat(vm.birthdays().get(TodayViewModel.BIRTHDAY_CAP)).isEqualTo(Words.of("today.birthdays.more", 3));
    }

    @Test
    void aSnoozeSaysUntilWhenAndUndoBringsTheRowBack() {
        long anna = overdue("Anna", "client", 5);
        vm.refresh();
        TodayViewModel.Row row = vm.rows(Lane.OVERDUE).get(0);
        vm.snooze(row);
        assertThat(db.relationships().relationship(anna).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(7));
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isZero();
        assertThat(vm.rows(Lane.OVERDUE)).extracting(TodayViewModel.Row::status)
                .containsExactly(Words.of("today.snoozed", TODAY.plusDays(7)));
        vm.undo(vm.rows(Lane.OVERDUE).get(0));
        assertThat(db.relationships().relationship(anna).orElseThrow().snoozedUntil()).isNull();
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isEqualTo(1);
        assertThat(vm.rows(Lane.OVERDUE).get(0).status()).isNull();
    }

    @Test
    void aRowSnoozedInTheDailyPickStaysThereWithItsUndo() {
        for (int i = 1; i <= 5; i++) {
            overdue("P" + i, "client", i);
        }
        vm.refresh();
        assertThat(vm.pick()).extracting(r -> r.item().name()).containsExactly("P5 Late", "P4 Late", "P3 Late");
        vm.snooze(vm.pick().get(0));
        assertThat(vm.pick()).extracting(r -> r.item().name()).startsWith("P5 Late").contains("P4 Late", "P3 Late");
        assertThat(vm.pick().get(0).status()).isEqualTo(Words.of("today.snoozed", TODAY.plusDays(7)));
        vm.undo(vm.pick().get(0));
        assertThat(vm.pick()).extracting(r -> r.item().name()).containsExactly("P5 Late", "P4 Late", "P3 Late");
        assertThat(vm.pick()).extracting(TodayViewModel.Row::status).containsOnlyNulls();
    }

    @Test
    void catchingUpSnoozesEveryOverdueContactOfTheTagAtOnceAndUndoPutsEachSnoozeBack() {
        long a1 = overdue("A1", "client", 3);
        long a2 = overdue("A2", "client", 4);
        long f1 = overdue("F1", "friend", 5);
        db.keepInTouch().snooze(a2, TODAY.minusDays(1)); // a snooze that has run out
        vm.refresh();
        vm.tagProperty().set("client");
        vm.snoozeAll(Lane.OVERDUE);
        assertThat(db.relationships().relationship(a1).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(7));
        assertThat(db.relationships().relationship(a2).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(7));
        assertThat(db.relationships().relationship(f1).orElseThrow().snoozedUntil()).isNull();
        assertThat(vm.caughtUpProperty().get()).isEqualTo(Words.of("today.caughtUp", 2, TODAY.plusDays(7)));
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isZero();

        vm.undoCatchUp();
        assertThat(db.relationships().relationship(a1).orElseThrow().snoozedUntil()).isNull();
        assertThat(db.relationships().relationship(a2).orElseThrow().snoozedUntil()).isEqualTo(TODAY.minusDays(1));
        assertThat(vm.caughtUpProperty().get()).isNull();
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isEqualTo(2);
    }

    @Test
    void doneAndLogAreUndoneToo() {
        long paula = db.service().save(person("Paula", "Promise").build()).saved().id();
        db.keepInTouch().addFollowUp(paula, TODAY, "send the offer");
        long anna = overdue("Anna", "client", 5);
        vm.refresh();
        vm.done(vm.rows(Lane.TODAY).get(0));
        assertThat(db.count("SELECT count(*) FROM follow_up WHERE done_at IS NULL")).isZero();
        assertThat(vm.rows(Lane.TODAY).get(0).status()).isEqualTo(Words.of("today.doneStatus"));
        vm.undo(vm.rows(Lane.TODAY).get(0));
        assertThat(db.count("SELECT count(*) FROM follow_up WHERE done_at IS NULL")).isEqualTo(1);

        // the quick log saved a call with Anna: the cadence restarts at once
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.atTime(9, 0), Direction.GIVEN, "",
                anna)).ok()).isTrue();
        vm.logged(vm.rows(Lane.OVERDUE).get(0));
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isZero();
        assertThat(vm.rows(Lane.OVERDUE).get(0).status()).isEqualTo(Words.of("today.loggedStatus"));
        vm.undo(vm.rows(Lane.OVERDUE).get(0));
        assertThat(vm.countProperty(Lane.OVERDUE).get()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")).isEqualTo(1);
    }

    @Test
    void theDigestCountsTodaysBirthdaysFollowUpsAndThePickWhateverTheFilters() {
        for (int i = 1; i <= 4; i++) {
            overdue("P" + i, "client", i);
        }
        db.service().save(person("Bea", "Today").birthday(11, 22, 1986).build());
        db.service().save(person("Fritz", "Friday").birthday(11, 27, null).build());
        long paula = db.service().save(person("Paula", "Promise").build()).saved().id();
        db.keepInTouch().addFollowUp(paula, TODAY.minusDays(1), "send the offer");
        db.keepInTouch().addFollowUp(paula, TODAY.plusDays(2), "call back");
        vm.refresh();
        // Fritz's birthday and the follow-up on Tuesday are this week's, not today's
        assertThat(vm.digestProperty().get()).isEqualTo(Words.of("today.digest", 1L, 1L, 3));
        assertThat(vm.dayProperty().get()).isEqualTo(TODAY);
        vm.kindProperty().set(DueReason.CADENCE);
        vm.searchProperty().set("nobody by this name");
        assertThat(vm.digestProperty().get()).isEqualTo(Words.of("today.digest", 1L, 1L, 3));
    }

    @Test
    void leftOpenOvernightTheLanesTurnToTheNewDay() {
        java.util.concurrent.atomic.AtomicReference<Clock> clock =
                new java.util.concurrent.atomic.AtomicReference<>(Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
        Clock turning = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.get().instant();
            }
        };
        TodayViewModel overnight = new TodayViewModel(new TodayService(db.keepInTouch(), db.interactions(),
                new JdbiTodayRepository(db.database())), new DirectTaskRunner(), turning, changes);
        db.service().save(person("Tom", "Tomorrow").birthday(11, 23, 1990).build());
        overnight.refresh();
        assertThat(overnight.rows(Lane.TODAY)).isEmpty();
        overnight.refreshIfNewDay();
        assertThat(overnight.dayProperty().get()).isEqualTo(TODAY);

        clock.set(Clock.offset(clock.get(), java.time.Duration.ofDays(1)));
        overnight.refreshIfNewDay();
        assertThat(overnight.dayProperty().get()).isEqualTo(TODAY.plusDays(1));
        assertThat(overnight.rows(Lane.TODAY)).extracting(r -> r.item().name()).containsExactly("Tom Tomorrow");
        assertThat(overnight.digestProperty().get()).isEqualTo(Words.of("today.digest", 1L, 0L, 0));
    }
}
