package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.interactions.QuickLogViewModel;
import app.rapport.ui.keepintouch.KeepInTouchViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-models of ties, the timeline, quick log and Keep in touch, as plain JUnit on a real file. */
class RelationshipViewModelsTest {
    static final Clock CLOCK = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path dir;
    TestDatabase db;
    DirectTaskRunner runner = new DirectTaskRunner();
    long anna;
    long acme;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        anna = db.repository().insert(person("Anna", "Schmidt").build());
        acme = db.repository().insert(organisation("Acme GmbH").build());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aTieIsSeenFromBothEnds() {
        TiesViewModel ties = new TiesViewModel(db.relationships(), runner, new app.rapport.testing.ScriptedDialogs());
        ties.load(anna);
        AtomicBoolean saved = new AtomicBoolean();
        ties.add(acme, "Acme GmbH", "Anna Schmidt", TieType.WORKS_AT, 4, TODAY.minusYears(2), "", () -> saved.set(true));
        assertThat(saved).isTrue();
        assertThat(ties.ties()).singleElement().satisfies(t -> {
            assertThat(t.otherName()).isEqualTo("Acme GmbH");
            assertThat(t.outgoing()).isTrue();
        });
        ties.load(acme);
        assertThat(ties.ties()).singleElement().satisfies(t -> {
            assertThat(t.otherName()).isEqualTo("Anna Schmidt");
            assertThat(t.outgoing()).isFalse();
        });
    }

    @Test
    void aTieCanBeChangedAndRemoved() {
        TiesViewModel ties = new TiesViewModel(db.relationships(), runner, new app.rapport.testing.ScriptedDialogs());
        ties.load(anna);
        ties.add(acme, "Acme GmbH", "Anna Schmidt", TieType.CLIENT, 2, null, "", () -> { });
        ties.update(ties.ties().get(0), TieType.PARTNER, 5, TODAY.minusYears(1), "since the fair", () -> { });
        assertThat(ties.ties()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TieType.PARTNER);
            assertThat(t.tie().strength()).isEqualTo(5);
            assertThat(t.tie().note()).isEqualTo("since the fair");
        });
        ties.update(ties.ties().get(0), TieType.PARTNER, 5, TODAY.plusDays(3), "", () -> { });
        assertThat(ties.errorKeyProperty().get()).isEqualTo("error.tie.futureSince");
        ties.remove(ties.ties().get(0));
        assertThat(ties.ties()).isEmpty();
    }

    @Test
    void aTieToItselfIsRefusedWithAMessage() {
        TiesViewModel ties = new TiesViewModel(db.relationships(), runner, new app.rapport.testing.ScriptedDialogs());
        ties.load(anna);
        AtomicBoolean saved = new AtomicBoolean();
        ties.add(anna, "Anna Schmidt", "Anna Schmidt", TieType.FRIEND, 3, null, "", () -> saved.set(true));
        assertThat(saved).isFalse();
        assertThat(ties.errorKeyProperty().get()).isEqualTo("error.tie.self");
        assertThat(ties.ties()).isEmpty();
    }

    @Test
    void quickLogSavesACallTodayWithoutAnyChoice() {
        QuickLogViewModel log = new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY);
        log.noteProperty().set("How did the project go?");
        AtomicBoolean saved = new AtomicBoolean();
        assertThat(log.save(() -> saved.set(true))).isTrue();
        assertThat(saved).isTrue();
        assertThat(db.interactions().timeline(anna, 10)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(InteractionType.CALL);
            assertThat(e.occurredAt().toLocalDate()).isEqualTo(TODAY);
            assertThat(e.note()).isEqualTo("How did the project go?");
        });
    }

    @Test
    void aMeetingWithSeveralContactsIsOnEachTimeline() {
        QuickLogViewModel log = new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY);
        log.typeProperty().set(InteractionType.MEETING);
        log.alsoWith().add(acme);
        log.save(() -> { });
        assertThat(db.interactions().timeline(anna, 10)).singleElement()
                .satisfies(e -> assertThat(e.names(app.rapport.domain.interactions.ParticipantRole.WITH)).containsExactly("Acme GmbH"));
        assertThat(db.interactions().timeline(acme, 10)).hasSize(1);
    }

    @Test
    void quickLogRefusesATimeThatIsNotATime() {
        QuickLogViewModel log = new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY);
        log.timeProperty().set("25:99");
        assertThat(log.save(() -> { })).isFalse();
        assertThat(log.errorKeyProperty().get()).isEqualTo("error.interaction.time");
        assertThat(db.interactions().timeline(anna, 10)).isEmpty();
    }

    @Test
    void aReferralReceivedShowsInTheLedgerAndTheTimeline() {
        long boris = db.repository().insert(person("Boris", "Ivanov").build());
        QuickLogViewModel log = new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY);
        log.typeProperty().set(InteractionType.REFERRAL);
        assertThat(log.directionProperty().get()).isEqualTo(Direction.RECEIVED);
        log.involvedProperty().set(boris);
        log.save(() -> { });

        TimelineViewModel timeline = new TimelineViewModel(db.interactions(), db.ledger(), db.keepInTouch(), runner, CLOCK);
        timeline.load(anna);
        assertThat(timeline.entries()).singleElement()
                .satisfies(e -> assertThat(e.names(app.rapport.domain.interactions.ParticipantRole.REFERRED)).containsExactly("Boris Ivanov"));
        assertThat(timeline.balanceProperty().get().line(InteractionType.REFERRAL).received()).isEqualTo(1);
        assertThat(timeline.balanceProperty().get().balance()).isEqualTo(1);

        long id = timeline.entries().get(0).interactionId();
        timeline.delete(id, () -> { });
        assertThat(timeline.entries()).isEmpty();
        timeline.restore(id, () -> { });
        assertThat(timeline.entries()).hasSize(1);
    }

    @Test
    void keepInTouchListsTheOverdueAndLoggingTakesThemOff() {
        db.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.weeks(2)));
        db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.minusDays(40).atTime(10, 0),
                Direction.MUTUAL, "", anna));
        KeepInTouchViewModel kit = new KeepInTouchViewModel(db.keepInTouch(), runner, CLOCK);
        kit.refresh();
        assertThat(kit.items()).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(anna);
            assertThat(d.daysOverdue()).isEqualTo(26);
        });

        new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY).save(kit::refresh);
        assertThat(kit.items()).isEmpty();
    }

    @Test
    void aFollowUpSetByHandShowsInKeepInTouchOnItsDay() {
        TimelineViewModel timeline = new TimelineViewModel(db.interactions(), db.ledger(), db.keepInTouch(), runner, CLOCK);
        timeline.load(anna);
        assertThat(timeline.proposedFollowUp()).isEqualTo(TODAY.plusDays(14));
        timeline.remindMe(TODAY.minusDays(1), "too late", () -> { });
        assertThat(timeline.errorKeyProperty().get()).isEqualTo("error.followUp.past");
        AtomicBoolean done = new AtomicBoolean();
        timeline.remindMe(TODAY.plusDays(3), "send the offer", () -> done.set(true));
        assertThat(done).isTrue();
        KeepInTouchViewModel kit = new KeepInTouchViewModel(db.keepInTouch(), runner, CLOCK);
        kit.refresh();
        assertThat(kit.items()).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(anna);
            assertThat(d.note()).isEqualTo("send the offer");
        });
        kit.snooze(kit.items().get(0)); // for a follow-up this marks it done
        assertThat(kit.items()).isEmpty();
    }

    @Test
    void aTagCadenceMakesItsContactsDue() {
        long carla = db.repository().insert(person("Carla", "Rossi").tag("client").build());
        db.interactions().log(Interaction.with(InteractionType.MEETING, TODAY.minusMonths(5).atTime(9, 0),
                Direction.MUTUAL, "", carla));
        app.rapport.ui.keepintouch.TagCadenceViewModel cadences =
                new app.rapport.ui.keepintouch.TagCadenceViewModel(db.relationships(), db.service(), runner);
        cadences.load();
        assertThat(cadences.rows()).extracting(r -> r.tag()).containsExactly("client");
        cadences.tagProperty().set("client");
        cadences.amountProperty().set("0");
        cadences.save();
        assertThat(cadences.errorKeyProperty().get()).isEqualTo("error.cadence.positive");
        cadences.amountProperty().set("3");
        cadences.unitProperty().set(Cadence.Unit.MONTHS);
        cadences.save();
        assertThat(cadences.rows().get(0).cadence()).isEqualTo(Cadence.months(3));

        KeepInTouchViewModel kit = new KeepInTouchViewModel(db.keepInTouch(), runner, CLOCK);
        kit.refresh();
        assertThat(kit.items()).extracting(d -> d.contactId()).containsExactly(carla);
    }

    @Test
    void callingAClientTicksThemOffTheFirstPlaybook() {
        db.interactions().log(Interaction.with(InteractionType.BUSINESS, TODAY.minusMonths(4).atTime(9, 0),
                Direction.MUTUAL, "Website relaunch", anna));
        app.rapport.ui.keepintouch.PlaybooksViewModel playbooks =
                new app.rapport.ui.keepintouch.PlaybooksViewModel(db.playbooks(), runner, CLOCK);
        playbooks.refresh();
        app.rapport.domain.keepintouch.Playbook clients = playbooks.playbooks().stream()
                .filter(p -> p.kind() == app.rapport.domain.keepintouch.PlaybookKind.CALL_CLIENTS).findFirst().orElseThrow();
        assertThat(clients.items()).extracting(i -> i.name()).containsExactly("Anna Schmidt");
        assertThat(clients.done()).isZero();

        new QuickLogViewModel(db.interactions(), runner, List.of(anna), TODAY).save(playbooks::refresh);
        clients = playbooks.playbooks().stream()
                .filter(p -> p.kind() == app.rapport.domain.keepintouch.PlaybookKind.CALL_CLIENTS).findFirst().orElseThrow();
        assertThat(clients.done()).isEqualTo(1);
        assertThat(clients.progress()).isEqualTo(1.0);
    }

    @Test
    void aWorkAnniversaryThisWeekIsInKeepInTouch() {
        long boris = db.repository().insert(person("Boris", "Ivanov").build());
        db.relationships().saveTie(new app.rapport.domain.ties.Tie(0, anna, acme, TieType.WORKS_AT, 3,
                TODAY.minusYears(5).plusDays(2), ""));
        // began less than a year ago: no anniversary yet
        db.relationships().saveTie(new app.rapport.domain.ties.Tie(0, boris, acme, TieType.WORKS_AT, 3,
                TODAY.minusYears(1).plusDays(1), ""));
        KeepInTouchViewModel kit = new KeepInTouchViewModel(db.keepInTouch(), runner, CLOCK);
        kit.refresh();
        assertThat(kit.items()).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(anna);
            assertThat(d.reason()).isEqualTo(app.rapport.domain.keepintouch.DueReason.ANNIVERSARY);
            assertThat(d.dueOn()).isEqualTo(TODAY.plusDays(2));
            assertThat(d.note()).isEqualTo("Acme GmbH");
        });
    }

    @Test
    void snoozingPutsAContactOffForAWeek() {
        db.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.weeks(2)));
        db.interactions().log(Interaction.with(InteractionType.CALL, TODAY.minusDays(40).atTime(10, 0),
                Direction.MUTUAL, "", anna));
        KeepInTouchViewModel kit = new KeepInTouchViewModel(db.keepInTouch(), runner, CLOCK);
        kit.refresh();
        kit.snooze(kit.items().get(0));
        assertThat(kit.items()).isEmpty();
    }

    @Test
    void theTagsCadenceIsMentionedOnlyWhileTheContactHasNoneOfItsOwn() {
        long carla = db.repository().insert(person("Carla", "Rossi").tag("client").build());
        app.rapport.ui.keepintouch.TagCadenceViewModel cadences =
                new app.rapport.ui.keepintouch.TagCadenceViewModel(db.relationships(), db.service(), runner);
        cadences.load();
        cadences.tagProperty().set("client");
        cadences.amountProperty().set("3");
        cadences.unitProperty().set(Cadence.Unit.MONTHS);
        cadences.save();
        RelationshipViewModel rel = new RelationshipViewModel(db.relationships(), db.scores(), runner, CLOCK);
        rel.load(carla);
        assertThat(rel.shownInheritedCadence().get().cadence()).isEqualTo(Cadence.months(3));
        rel.cadenceAmountProperty().set("2");
        assertThat(rel.shownInheritedCadence().get()).isNull();
        rel.cadenceAmountProperty().set(" ");
        assertThat(rel.shownInheritedCadence().get().tag()).isEqualTo("client");
        rel.load(anna);
        assertThat(rel.shownInheritedCadence().get()).isNull();
    }

    @Test
    void theTimelineNamesTheOthersAnInteractionWasWithButNotTheShownContact() {
        long boris = db.repository().insert(person("Boris", "Ivanov").build());
        db.interactions().log(Interaction.with(InteractionType.MEETING, TODAY.atTime(9, 0), Direction.MUTUAL, "",
                anna, boris));
        TimelineViewModel timeline = new TimelineViewModel(db.interactions(), db.ledger(), db.keepInTouch(), runner, CLOCK);
        timeline.load(anna);
        assertThat(TimelineViewModel.others(timeline.entries().get(0), "Anna Schmidt")).containsExactly("Boris Ivanov");
    }
}
