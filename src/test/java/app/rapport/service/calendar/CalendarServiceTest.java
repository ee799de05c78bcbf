package app.rapport.service.calendar;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.calendar.Calendar;
import app.rapport.domain.calendar.CalendarEvent;
import app.rapport.domain.calendar.CalendarEvent.Kind;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.language.Bundles;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.calendar.JdbiCalendarRepository;
import app.rapport.service.printing.DocumentService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar built from a real database file. */
class CalendarServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    TestDatabase db;
    CalendarService calendar;
    long anna;
    long boris;
    long carla;
    long dora;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        calendar = service(db);
        anna = db.service().save(person("Anna", "Müller").birthday(2, 29, null).build()).saved().id();
        boris = db.service().save(person("Boris", "Petrov").birthday(7, 3, 1980).build()).saved().id();
        carla = db.service().save(person("Carla", "Rossi").build()).saved().id();
        dora = db.service().save(person("Dora", "Archived").birthday(1, 1, null).archived().build()).saved().id();
    }

    static CalendarService service(TestDatabase db) {
        return service(db, Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
    }

    /** @param clock the user's local time */
    static CalendarService service(TestDatabase db, Clock clock) {
        return new CalendarService(new JdbiCalendarRepository(db.database()), db.today(),
                new DocumentService(db.briefs(), db.scores(), db.settings(), db.outputs()), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Calendar build(boolean alarms) {
        return calendar.build(CalendarOptions.withAlarms(alarms), Bundles.english(), Locale.ENGLISH);
    }

    private List<CalendarEvent> of(Calendar c, Kind kind) {
        return c.events().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void birthdaysStartOnTheDayOfBirthOrInALeapYearWhenTheYearIsUnknown() {
        List<CalendarEvent> birthdays = of(build(false), Kind.BIRTHDAY);
        assertThat(birthdays).extracting(CalendarEvent::summary).containsExactly("Birthday: Anna Müller", "Birthday: Boris Petrov");
        assertThat(birthdays).extracting(CalendarEvent::day)
                .containsExactly(LocalDate.of(2000, 2, 29), LocalDate.of(1980, 7, 3));
        assertThat(birthdays.get(1).description()).isEqualTo("Born in 1980");
        assertThat(birthdays).allMatch(CalendarEvent::yearly).allMatch(e -> e.alarms().isEmpty());
    }

    @Test
    void openFollowUpsAndCardCallsAreOnTheirDayAndDoneOnesAreNot() {
        db.keepInTouch().addFollowUp(carla, TODAY.plusDays(3), "Ask about the offer");
        db.keepInTouch().addCardFollowUp(boris, TODAY.minusDays(20), "");
        db.keepInTouch().addFollowUp(carla, TODAY.plusDays(400), "too far");
        db.keepInTouch().addFollowUp(dora, TODAY, "archived");
        db.keepInTouch().addFollowUp(anna, TODAY, "done already");
        db.keepInTouch().completeFollowUp(db.keepInTouch().openFollowUps(anna).get(0).id());

        Calendar c = build(false);
        assertThat(of(c, Kind.FOLLOW_UP)).extracting(CalendarEvent::summary, CalendarEvent::day, CalendarEvent::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Follow up: Carla Rossi", TODAY.plusDays(3), "Ask about the offer"));
        assertThat(of(c, Kind.CARD_FOLLOW_UP)).extracting(CalendarEvent::summary, CalendarEvent::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Call after the card: Boris Petrov", TODAY.minusDays(6)));
    }

    @Test
    void theDigestNamesTheMostOverdueCadenceContactsFirst() {
        cadence(anna, Cadence.weeks(2));
        call(anna, TODAY.minusDays(60));
        cadence(carla, Cadence.weeks(2));
        call(carla, TODAY.minusDays(20));
        cadence(boris, Cadence.months(6));
        call(boris, TODAY.minusDays(30));

        List<CalendarEvent> digest = of(build(true), Kind.DIGEST);
        assertThat(digest).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(TODAY);
            assertThat(d.summary()).isEqualTo("People to reach today (2): Anna Müller, Carla Rossi");
            assertThat(d.alarms()).extracting(CalendarEvent.Alarm::minutesFromStart).containsExactly(9 * 60L);
        });
        Calendar small = calendar.build(new CalendarOptions(false, 30, 1), Bundles.english(), Locale.ENGLISH);
        assertThat(of(small, Kind.DIGEST).get(0).summary()).isEqualTo("People to reach today (1): Anna Müller");
    }

    @Test
    void theDigestNamesTheSamePeopleAsTheDailyPickInTheWindow() {
        cadence(anna, Cadence.weeks(2));
        call(anna, TODAY.minusDays(60));
        // due today: in This week on the Today area, not yet someone to catch up with
        long emil = db.service().save(person("Emil", "Due").build()).saved().id();
        cadence(emil, Cadence.weeks(2));
        call(emil, TODAY.minusDays(14));
        // a flagged relationship weighs half again in the pick: Carla, less late than Boris, comes first
        cadence(carla, Cadence.days(30));
        call(carla, TODAY.minusDays(40));
        assertThat(db.relationships().saveRelationship(db.relationships().relationship(carla).orElseThrow().withFlag(true, "")).ok()).isTrue();
        cadence(boris, Cadence.days(30));
        call(boris, TODAY.minusDays(42));

        List<String> picked = db.today().plan(TODAY).budget().picked().stream().map(i -> i.name()).toList();
        assertThat(picked).containsExactly("Anna Müller", "Carla Rossi", "Boris Petrov");
        assertThat(of(build(false), Kind.DIGEST).get(0).summary())
                .isEqualTo("People to reach today (3): Anna Müller, Carla Rossi, Boris Petrov");
    }

    @Test
    void nobodyToReachMeansNoDigest() {
        assertThat(of(build(true), Kind.DIGEST)).isEmpty();
    }

    @Test
    void alarmsRingAtNineOnTheDayAndTheDayBeforeABirthday() {
        CalendarEvent birthday = of(build(true), Kind.BIRTHDAY).get(0);
        assertThat(birthday.alarms()).extracting(CalendarEvent.Alarm::minutesFromStart).containsExactly(-15 * 60L, 9 * 60L);
        assertThat(birthday.alarms().get(0).text()).isEqualTo("Tomorrow: Birthday: Anna Müller");
    }

    @Test
    void uidsAreStableAcrossBuildsAndDifferInAnotherDatabase(@TempDir Path other) {
        List<String> first = build(false).events().stream().map(CalendarEvent::uid).toList();
        List<String> second = build(true).events().stream().map(CalendarEvent::uid).toList();
        assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
        try (TestDatabase elsewhere = new TestDatabase(other)) {
            elsewhere.service().save(person("Anna", "Müller").birthday(2, 29, null).build());
            String uid = service(elsewhere).build(CalendarOptions.withAlarms(false), Bundles.english(), Locale.ENGLISH)
                    .events().get(0).uid();
            assertThat(first).doesNotContain(uid);
        }
    }

    @Test
    void theWordsComeInTheLanguageAsked() {
        Calendar c = calendar.build(CalendarOptions.withAlarms(false), Bundles.of(Locale.GERMAN), Locale.GERMAN);
        assertThat(of(c, Kind.BIRTHDAY).get(0).summary()).isEqualTo("Geburtstag: Anna Müller");
    }

    private void cadence(long contact, Cadence cadence) {
        assertThat(db.relationships().saveRelationship(Relationship.empty(contact).withCadence(cadence)).ok()).isTrue();
    }

    private void call(long contact, LocalDate day) {
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, day.atTime(11, 0), Direction.GIVEN, "", contact))
                .ok()).isTrue();
    }
}
