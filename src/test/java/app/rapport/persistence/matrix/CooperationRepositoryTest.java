package app.rapport.persistence.matrix;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.domain.ties.Relationship;
import app.rapport.service.SaveOutcome;
import app.rapport.service.matrix.CooperationService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cooperation matrix (V6) on a real SQLite file. */
class CooperationRepositoryTest {
    @TempDir
    Path dir;
    TestDatabase db;
    CooperationService matrix;
    long acme;
    long zenith;
    long anna;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        matrix = db.cooperation();
        acme = db.repository().insert(organisation("Acme GmbH").build());
        zenith = db.repository().insert(organisation("Zenith AG").build());
        anna = db.repository().insert(person("Anna", "Schmidt").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAssessmentIsSavedAndReadBackWithItsNotes() {
        SaveOutcome<Cooperation> saved = matrix.save(new Cooperation(acme, 8, 3, "Only we are keen.",
                "Our trade-fair contacts;\nthe newsletter", "  Not yet  "));
        assertThat(saved.ok()).isTrue();
        assertThat(saved.saved()).isEqualTo(new Cooperation(acme, 8, 3, "Only we are keen.",
                "Our trade-fair contacts;\nthe newsletter", "Not yet"));
        assertThat(matrix.find(acme)).contains(saved.saved());
        assertThat(matrix.find(zenith)).isEmpty();
        assertThat(db.count("SELECT count(*) FROM cooperation WHERE updated_at = '2026-11-22T10:00:00.000Z'"))
                .isEqualTo(1);
    }

    @Test
    void savingAgainReplacesTheAssessment() {
        matrix.save(new Cooperation(acme, 8, 3, "a", "b", "c"));
        matrix.save(new Cooperation(acme, 2, 9, "", "shared", ""));
        assertThat(matrix.find(acme)).contains(new Cooperation(acme, 2, 9, "", "shared", ""));
        assertThat(db.count("SELECT count(*) FROM cooperation")).isEqualTo(1);
    }

    @Test
    void theMatrixListsEveryoneOnItByNameWithTheirQuadrantAndFlag() {
        matrix.save(new Cooperation(zenith, 9, 9, "", "", ""));
        matrix.save(new Cooperation(acme, 8, 3, "", "", ""));
        matrix.save(new Cooperation(anna, 1, 2, "", "", ""));
        db.relationships().saveRelationship(Relationship.empty(zenith).withFlag(true, "Controversial sponsor"));

        assertThat(matrix.matrix()).containsExactly(
                new MatrixEntry(acme, ContactKind.ORGANISATION, "Acme GmbH", 8, 3, false),
                new MatrixEntry(anna, ContactKind.PERSON, "Anna Schmidt", 1, 2, false),
                new MatrixEntry(zenith, ContactKind.ORGANISATION, "Zenith AG", 9, 9, true));
        Map<Quadrant, List<MatrixEntry>> byQuadrant = matrix.byQuadrant();
        assertThat(byQuadrant).containsOnlyKeys(Quadrant.values());
        assertThat(byQuadrant.keySet()).containsExactly(Quadrant.values());
        assertThat(byQuadrant.get(Quadrant.CANDIDATES)).extracting(MatrixEntry::contactId).containsExactly(acme);
        assertThat(byQuadrant.get(Quadrant.TRANSACTIONALS)).extracting(MatrixEntry::contactId).containsExactly(anna);
        assertThat(byQuadrant.get(Quadrant.HIGH_POTENTIALS)).extracting(MatrixEntry::contactId).containsExactly(zenith);
        assertThat(byQuadrant.get(Quadrant.DEVELOPERS)).isEmpty();
    }

    @Test
    void aContactInTheTrashLeavesTheMatrixAndComesBackWithItsAssessment() {
        matrix.save(new Cooperation(acme, 8, 3, "kept", "", ""));
        db.service().moveToTrash(acme);
        assertThat(matrix.matrix()).isEmpty();
        assertThat(matrix.find(acme)).isEmpty();

        SaveOutcome<Cooperation> refused = matrix.save(new Cooperation(acme, 1, 1, "", "", ""));
        assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("error.contact.gone");
        assertThat(db.count("SELECT ours FROM cooperation WHERE contact_id = " + acme)).isEqualTo(8);

        db.service().restore(acme);
        assertThat(matrix.find(acme).orElseThrow().mutual()).isEqualTo("kept");
    }

    @Test
    void aContactThatNeverExistedIsRefusedAndNothingIsWritten() {
        assertThat(matrix.save(new Cooperation(9999, 5, 5, "", "", "")).problems())
                .extracting(Problem::messageKey).containsExactly("error.contact.gone");
        assertThat(db.count("SELECT count(*) FROM cooperation")).isZero();
    }

    @Test
    void valuesOutsideTheScaleAreRefusedByTheRulesAndByTheSchema() {
        assertThat(matrix.save(new Cooperation(acme, 11, 3, "", "", "")).problems())
                .extracting(Problem::field).containsExactly("ours");
        assertThat(matrix.save(new Cooperation(acme, 3, -1, "", "", "")).problems())
                .extracting(Problem::field).containsExactly("theirs");
        assertThat(db.count("SELECT count(*) FROM cooperation")).isZero();
        for (String values : List.of("11, 3", "3, -1", "'high', 3", "7.5, 3", "NULL, 3")) {
            assertThatThrownBy(() -> db.execute("INSERT INTO cooperation (contact_id, ours, theirs, updated_at) VALUES ("
                    + acme + ", " + values + ", 'x')")).as(values).isNotNull();
        }
        assertThat(db.count("SELECT count(*) FROM cooperation")).isZero();
    }

    @Test
    void removingOrDeletingTheContactTakesItOffTheMatrix() {
        matrix.save(new Cooperation(acme, 8, 3, "", "", ""));
        matrix.save(new Cooperation(zenith, 8, 3, "", "", ""));
        matrix.remove(acme);
        assertThat(matrix.matrix()).extracting(MatrixEntry::contactId).containsExactly(zenith);
        db.execute("DELETE FROM contact WHERE id = " + zenith); // emptying the trash
        assertThat(db.count("SELECT count(*) FROM cooperation")).isZero();
    }
}
