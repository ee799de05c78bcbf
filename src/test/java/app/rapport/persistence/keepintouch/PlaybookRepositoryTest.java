package app.rapport.persistence.keepintouch;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.keepintouch.Playbook;
import app.rapport.domain.keepintouch.PlaybookItem;
import app.rapport.domain.keepintouch.PlaybookKind;
import app.rapport.testing.ContactBuilder;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookRepositoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    JdbiPlaybookRepository repository;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        repository = new JdbiPlaybookRepository(db.database());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long contact(ContactBuilder builder) {
        return db.service().save(builder.build()).saved().id();
    }

    private long log(InteractionType type, String day, Direction direction, long contactId) {
        return db.interactions().log(Interaction.with(type, LocalDate.parse(day).atTime(15, 0), direction, "", contactId))
                .saved().id();
    }

    private static Map<PlaybookKind, List<PlaybookItem>> byKind(List<Playbook> playbooks) {
        return Map.of(playbooks.get(0).kind(), playbooks.get(0).items(), playbooks.get(1).kind(), playbooks.get(1).items(),
                playbooks.get(2).kind(), playbooks.get(2).items(), playbooks.get(3).kind(), playbooks.get(3).items());
    }

    @Test
    void thePlaybooksComeFromTheInteractionsTagsAndCardFollowUps() {
        long anna = contact(person("Anna", "Müller"));
        long boris = contact(person("Boris", "Petrov"));
        long carla = contact(person("Carla", "Rossi"));
        long dmitri = contact(person("Dmitri", "Ivanov").tag("Prospect"));
        long emma = contact(person("Emma", "Weber"));
        long farid = contact(person("Farid", "Haddad").archived());
        long greta = contact(person("Greta", "Berg"));
        log(InteractionType.BUSINESS, "2026-03-01", Direction.GIVEN, anna);
        log(InteractionType.CALL, "2026-11-10", Direction.GIVEN, anna);
        log(InteractionType.BUSINESS, "2025-06-01", Direction.GIVEN, boris); // too long ago
        log(InteractionType.REFERRAL, "2026-05-01", Direction.RECEIVED, boris);
        log(InteractionType.REFERRAL, "2026-05-01", Direction.GIVEN, carla); // I referred: not a referrer
        db.interactions().delete(log(InteractionType.BUSINESS, "2026-05-01", Direction.GIVEN, emma)); // in the trash
        log(InteractionType.BUSINESS, "2026-05-01", Direction.GIVEN, farid); // archived
        log(InteractionType.BUSINESS, "2026-05-01", Direction.GIVEN, greta);
        db.service().moveToTrash(greta);
        log(InteractionType.CARD, "2026-11-20", Direction.GIVEN, boris);
        db.keepInTouch().addCardFollowUp(carla, LocalDate.of(2026, 11, 1), "Holiday card");
        db.keepInTouch().addFollowUp(emma, LocalDate.of(2026, 11, 20), "Not a card");

        Map<PlaybookKind, List<PlaybookItem>> books = byKind(db.playbooks().playbooks(TODAY));
        assertThat(books.get(PlaybookKind.CALL_CLIENTS)).containsExactly(new PlaybookItem(anna, "Anna Müller", true));
        assertThat(books.get(PlaybookKind.CALL_REFERRERS)).containsExactly(new PlaybookItem(boris, "Boris Petrov", false));
        // Dmitri was added today (the test clock), so he is a recent prospect; same strength, latest interaction first
        assertThat(books.get(PlaybookKind.KEEP_IN_TOUCH_50)).containsExactly(new PlaybookItem(boris, "Boris Petrov", true),
                new PlaybookItem(anna, "Anna Müller", false), new PlaybookItem(dmitri, "Dmitri Ivanov", false));
        assertThat(books.get(PlaybookKind.CARD_FOLLOW_UPS)).containsExactly(new PlaybookItem(carla, "Carla Rossi", false));

        // the card follow-up is due two weeks after the card and shows in Keep in touch like any follow-up
        assertThat(db.keepInTouch().due(TODAY, 0, 10)).anySatisfy(d -> {
            assertThat(d.contactId()).isEqualTo(carla);
            assertThat(d.reason()).isEqualTo(DueReason.FOLLOW_UP);
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        });
        long followUp = db.keepInTouch().due(TODAY, 0, 10).stream().filter(d -> d.contactId() == carla).findFirst()
                .orElseThrow().followUpId();
        db.keepInTouch().completeFollowUp(followUp);
        assertThat(byKind(db.playbooks().playbooks(TODAY)).get(PlaybookKind.CARD_FOLLOW_UPS))
                .containsExactly(new PlaybookItem(carla, "Carla Rossi", true));
    }

    @Test
    void latestWithKeepsToTheTypesTheDirectionAndBothEndsOfThePeriod() {
        long anna = contact(person("Anna", "Müller"));
        long boris = contact(person("Boris", "Petrov"));
        log(InteractionType.CALL, "2026-10-01", Direction.GIVEN, anna);
        log(InteractionType.MEETING, "2026-10-31", Direction.MUTUAL, anna);
        log(InteractionType.MEETING, "2026-11-01", Direction.MUTUAL, anna); // after the period
        log(InteractionType.EMAIL, "2026-10-15", Direction.GIVEN, boris); // another type
        log(InteractionType.CALL, "2026-09-30", Direction.RECEIVED, boris); // before the period

        assertThat(repository.latestWith(EnumSet.of(InteractionType.CALL, InteractionType.MEETING), null,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo(Map.of(anna, LocalDate.of(2026, 10, 31)));
        assertThat(repository.latestWith(EnumSet.of(InteractionType.CALL), Direction.RECEIVED,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31))).isEqualTo(Map.of(boris, LocalDate.of(2026, 9, 30)));
    }

    @Test
    void everyPlaybookHasPeopleOnItInTheDemoNetwork() {
        DemoNetwork.fill(db.repository(), 3_000, 150, 42, ProgressListener.NONE, () -> false);
        LocalDate reference = LocalDateTime.ofInstant(DemoNetwork.REFERENCE, ZoneOffset.UTC).toLocalDate();
        List<Playbook> playbooks = db.playbooks().playbooks(reference);
        assertThat(playbooks).extracting(Playbook::kind).containsExactly(PlaybookKind.values());
        assertThat(playbooks).allSatisfy(p -> assertThat(p.total()).isPositive());
        assertThat(playbooks.get(2).total()).isEqualTo(50);
        assertThat(playbooks).anySatisfy(p -> assertThat(p.done()).isPositive());
    }
}
