package app.rapport.persistence;

import app.rapport.persistence.interactions.JdbiInteractionRepository;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.ledger.LedgerRules;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger summary table the triggers keep must always equal the ledger counted from scratch: by the
 * {@code ledger_counts} view in SQL, and by {@link LedgerRules} over each contact's entries.
 */
class LedgerSummaryTest {
    /** Far enough ahead that {@link LedgerRules} leaves no entry out as planned. */
    private static final LocalDate LATER = LocalDate.of(2100, 1, 1);

    @TempDir
    Path dir;
    TestDatabase db;
    JdbiInteractionRepository interactions;
    List<Long> people = new ArrayList<>();

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        interactions = new JdbiInteractionRepository(db.database());
        for (String name : List.of("Anna", "Boris", "Carla", "Dmitri", "Emma")) {
            people.add(db.service().save(person(name, "Test").build()).saved().id());
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertsEditsDeletesAndRestoresKeepTheSummaryExact() {
        long anna = people.get(0);
        long boris = people.get(1);
        long carla = people.get(2);
        long favour = interactions.save(new Interaction(0, InteractionType.FAVOUR, at(2026, 1, 5), Direction.GIVEN, "",
                List.of(Participant.with(anna), Participant.with(boris))));
        interactions.save(new Interaction(0, InteractionType.REFERRAL, at(2026, 2, 5), Direction.RECEIVED, "",
                List.of(Participant.with(anna), new Participant(carla, ParticipantRole.REFERRED))));
        long call = interactions.save(Interaction.with(InteractionType.CALL, at(2026, 3, 1), Direction.GIVEN, "", carla));
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(1, 1), boris, List.of(1, 0)));
        agrees();

        // a call becomes a gift received; the favour loses Boris and turns into one received
        interactions.save(Interaction.with(InteractionType.GIFT, at(2026, 3, 1), Direction.RECEIVED, "", carla)
                .withId(call));
        interactions.save(Interaction.with(InteractionType.FAVOUR, at(2026, 1, 5), Direction.RECEIVED, "", anna)
                .withId(favour));
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(0, 2), carla, List.of(0, 1)));
        agrees();

        interactions.setDeleted(favour, Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(0, 1), carla, List.of(0, 1)));
        agrees();
        // a deleted interaction edited in place (not through save) must not count twice on restore
        db.execute("UPDATE interaction SET direction = 'GIVEN' WHERE id = " + favour);
        agrees();
        interactions.setDeleted(favour, null);
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(1, 1), carla, List.of(0, 1)));
        agrees();

        db.execute("DELETE FROM interaction WHERE id = " + favour); // deleted for good
        agrees();
        db.execute("UPDATE contact SET deleted_at = '2020-01-01T00:00:00Z' WHERE id = " + carla);
        db.repository().emptyTrash(Instant.parse("2026-01-01T00:00:00Z")); // Carla deleted for good
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(0, 1)));
        agrees();
    }

    @Test
    void aLongRandomSequenceOfChangesKeepsTheSummaryExact() {
        Random random = new Random(7);
        List<Long> saved = new ArrayList<>();
        InteractionType[] types = InteractionType.values();
        Direction[] directions = Direction.values();
        for (int step = 0; step < 400; step++) {
            int op = random.nextInt(10);
            if (op < 5 || saved.isEmpty()) {
                saved.add(interactions.save(randomInteraction(random, types, directions, 0)));
            } else if (op < 7) {
                long id = saved.get(random.nextInt(saved.size()));
                if (interactions.find(id).isPresent()) {
                    interactions.save(randomInteraction(random, types, directions, id));
                }
            } else if (op < 9) {
                interactions.setDeleted(saved.get(random.nextInt(saved.size())),
                        random.nextBoolean() ? Instant.parse("2026-11-01T10:00:00Z") : null);
            } else {
                db.execute("DELETE FROM interaction WHERE id = " + saved.remove(random.nextInt(saved.size())));
            }
            if (step % 20 == 0) {
                agrees();
            }
        }
        agrees();
        assertThat(summary()).isNotEmpty();
    }

    @Test
    void aBulkWriteRebuildsTheSummaryOfTheContactsItTouched() {
        long anna = people.get(0);
        long boris = people.get(1);
        interactions.save(Interaction.with(InteractionType.GIFT, at(2026, 1, 1), Direction.GIVEN, "", anna));
        db.repository().insertNetwork(new NetworkBatch(List.of(), List.of(), Map.of(), List.of(
                Interaction.with(InteractionType.GIFT, at(2026, 2, 1), Direction.RECEIVED, "", anna, boris),
                Interaction.with(InteractionType.REFERRAL, at(2026, 3, 1), Direction.GIVEN, "", boris),
                Interaction.with(InteractionType.MEETING, at(2026, 3, 2), Direction.MUTUAL, "", people.get(2)))));
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(1, 1), boris, List.of(1, 1)));
        agrees();
        // the triggers take over again after the bulk write
        long referral = db.count("SELECT id FROM interaction WHERE type = 'REFERRAL'");
        interactions.setDeleted(referral, Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(summary()).isEqualTo(Map.of(anna, List.of(1, 1), boris, List.of(0, 1)));
        agrees();
    }

    @Test
    void theDemoNetworkWrittenInChunksHasAnExactSummary() {
        DemoNetwork.fill(db.repository(), 3_000, 150, 42, ProgressListener.NONE, () -> false);
        assertThat(summary()).hasSizeGreaterThan(100);
        agrees();
    }

    private Interaction randomInteraction(Random random, InteractionType[] types, Direction[] directions, long id) {
        List<Participant> participants = new ArrayList<>();
        participants.add(Participant.with(people.get(random.nextInt(people.size()))));
        if (random.nextBoolean()) {
            participants.add(new Participant(people.get(random.nextInt(people.size())),
                    ParticipantRole.values()[random.nextInt(ParticipantRole.values().length)]));
        }
        return new Interaction(id, types[random.nextInt(types.length)], at(2026, 1 + random.nextInt(10), 1),
                directions[random.nextInt(directions.length)], "", participants);
    }

    /** The summary rows that count anything, as contact id → [given, received]. */
    private Map<Long, List<Integer>> summary() {
        return rows("SELECT contact_id, given, received FROM ledger_summary");
    }

    private void agrees() {
        Map<Long, List<Integer>> summary = summary();
        assertThat(summary).isEqualTo(rows("SELECT contact_id, given, received FROM ledger_counts"));
        Map<Long, List<Integer>> byRules = new TreeMap<>();
        for (long id : db.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM contact")
                .mapTo(Long.class).list())) {
            LedgerBalance b = LedgerRules.balance(id, interactions.ledgerEntries(id), LATER);
            if (b.given() > 0 || b.received() > 0) {
                byRules.put(id, List.of(b.given(), b.received()));
            }
        }
        assertThat(summary).isEqualTo(byRules);
        assertThat(db.count("SELECT count(*) FROM ledger_summary WHERE given < 0 OR received < 0")).isZero();
    }

    private Map<Long, List<Integer>> rows(String sql) {
        Map<Long, List<Integer>> rows = new TreeMap<>();
        db.database().jdbi().useHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
            if (rs.getInt(2) > 0 || rs.getInt(3) > 0) {
                rows.put(rs.getLong(1), List.of(rs.getInt(2), rs.getInt(3)));
            }
            return null;
        }).list());
        return rows;
    }

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 12, 0);
    }
}
