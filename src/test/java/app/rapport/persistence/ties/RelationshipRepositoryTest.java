package app.rapport.persistence.ties;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Assessment;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import app.rapport.service.ties.RelationshipService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationshipRepositoryTest {
    @TempDir
    Path dir;
    TestDatabase db;
    RelationshipService relationships;
    long anna;
    long boris;
    long acme;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        relationships = db.relationships();
        anna = save(person("Anna", "Müller").build());
        boris = save(person("Boris", "Petrov").build());
        acme = save(organisation("Acme").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long save(Contact c) {
        return db.service().save(c).saved().id();
    }

    private static List<String> keys(SaveOutcome<?> outcome) {
        return outcome.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void aTieIsSeenFromBothEnds() {
        SaveOutcome<Tie> saved = relationships.saveTie(
                new Tie(0, anna, acme, TieType.WORKS_AT, 4, LocalDate.of(2020, 3, 1), " since the merger "));
        assertThat(saved.ok()).isTrue();
        assertThat(saved.saved().id()).isPositive();
        assertThat(saved.saved().note()).isEqualTo("since the merger");

        List<TieView> fromAnna = relationships.ties(anna);
        assertThat(fromAnna).singleElement().satisfies(v -> {
            assertThat(v.otherId()).isEqualTo(acme);
            assertThat(v.otherName()).isEqualTo("Acme");
            assertThat(v.otherKind()).isEqualTo(ContactKind.ORGANISATION);
            assertThat(v.outgoing()).isTrue();
            assertThat(v.type()).isEqualTo(TieType.WORKS_AT);
            assertThat(v.tie().since()).isEqualTo(LocalDate.of(2020, 3, 1));
        });
        assertThat(relationships.ties(acme)).singleElement().satisfies(v -> {
            assertThat(v.otherId()).isEqualTo(anna);
            assertThat(v.otherName()).isEqualTo("Anna Müller");
            assertThat(v.outgoing()).isFalse();
        });
        assertThat(relationships.countTies()).isEqualTo(1);
    }

    @Test
    void aTieIsEditedAndRemoved() {
        Tie tie = relationships.saveTie(Tie.of(anna, boris, TieType.COLLEAGUE, 2)).saved();
        Tie stronger = relationships.saveTie(new Tie(tie.id(), anna, boris, TieType.FRIEND, 5, null, "")).saved();
        assertThat(stronger.id()).isEqualTo(tie.id());
        assertThat(relationships.ties(boris)).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(TieType.FRIEND);
            assertThat(v.tie().strength()).isEqualTo(5);
        });
        relationships.removeTie(tie.id());
        assertThat(relationships.ties(anna)).isEmpty();
        assertThatThrownBy(() -> relationships.removeTie(tie.id())).isInstanceOf(StorageException.class);
    }

    @Test
    void badTiesAreRefusedAndNothingIsSaved() {
        assertThat(keys(relationships.saveTie(Tie.of(anna, anna, TieType.FRIEND, 3)))).containsExactly("error.tie.self");
        assertThat(keys(relationships.saveTie(Tie.of(anna, 999, TieType.FRIEND, 3))))
                .containsExactly("error.tie.missingContact");
        db.service().moveToTrash(boris);
        assertThat(keys(relationships.saveTie(Tie.of(anna, boris, TieType.FRIEND, 3))))
                .containsExactly("error.tie.missingContact");
        // the test clock says 22 November 2026
        assertThat(keys(relationships.saveTie(new Tie(0, anna, acme, TieType.CLIENT, 3, LocalDate.of(2026, 11, 23), ""))))
                .containsExactly("error.tie.futureSince");
        assertThat(keys(relationships.saveTie(Tie.of(anna, acme, TieType.CLIENT, 9)))).containsExactly("error.strength.range");
        assertThat(db.count("SELECT count(*) FROM tie")).isZero();
    }

    @Test
    void theSameTieTwiceIsADuplicateAndSymmetricTiesCountFromEitherEnd() {
        assertThat(relationships.saveTie(Tie.of(anna, boris, TieType.COLLEAGUE, 3)).ok()).isTrue();
        assertThat(keys(relationships.saveTie(Tie.of(anna, boris, TieType.COLLEAGUE, 4)))).containsExactly("error.tie.duplicate");
        assertThat(keys(relationships.saveTie(Tie.of(boris, anna, TieType.COLLEAGUE, 4)))).containsExactly("error.tie.duplicate");
        // directed: Anna is Boris's client and Boris is Anna's client are two ties
        assertThat(relationships.saveTie(Tie.of(anna, boris, TieType.CLIENT, 3)).ok()).isTrue();
        assertThat(relationships.saveTie(Tie.of(boris, anna, TieType.CLIENT, 3)).ok()).isTrue();
        assertThat(db.count("SELECT count(*) FROM tie")).isEqualTo(3);
    }

    @Test
    void tiesToContactsInTheTrashAreHiddenAndGoWithThemForGood() {
        relationships.saveTie(Tie.of(anna, boris, TieType.FRIEND, 3));
        db.service().moveToTrash(boris);
        assertThat(relationships.ties(anna)).isEmpty();
        assertThat(relationships.countTies()).isZero();
        db.service().restore(boris);
        assertThat(relationships.ties(anna)).hasSize(1);
        db.repository().moveToTrash(boris);
        db.repository().emptyTrash(TestDatabase.NOW.plusSeconds(1));
        assertThat(db.count("SELECT count(*) FROM tie")).isZero();
    }

    @Test
    void theDatabaseItselfRefusesWhatTheRulesRefuse() {
        for (String bad : List.of(
                "INSERT INTO tie (from_id, to_id, type, strength) VALUES (" + anna + ", " + anna + ", 'FRIEND', 3)",
                "INSERT INTO tie (from_id, to_id, type, strength) VALUES (" + anna + ", " + boris + ", 'FRIEND', 0)",
                "INSERT INTO tie (from_id, to_id, type, strength) VALUES (" + anna + ", 999, 'FRIEND', 3)",
                "INSERT INTO relationship (contact_id, cadence_days, cadence_unit) VALUES (" + anna + ", 0, 'DAYS')",
                "INSERT INTO relationship (contact_id, strength) VALUES (" + anna + ", 6)",
                "INSERT INTO relationship (contact_id, trust, goodwill, authority, community, empathy, shared_values,"
                        + " respect, collaboration, assessed_on) VALUES (" + anna + ", 6, 0, 0, 0, 0, 0, 0, 0, '2026-01-01')",
                "INSERT INTO relationship (contact_id, trust) VALUES (" + anna + ", 3)")) {
            assertThatThrownBy(() -> db.execute(bad)).as(bad).isInstanceOf(RuntimeException.class);
        }
        assertThat(db.count("SELECT count(*) FROM tie") + db.count("SELECT count(*) FROM relationship")).isZero();
    }

    @Test
    void aRelationshipRoundTrips() {
        Assessment assessment = new Assessment(5, 4, 3, 2, 1, 0, 5, 4, LocalDate.of(2026, 11, 1));
        Relationship r = new Relationship(anna, 4, Cadence.months(2), "Berlin conference", boris, true,
                "Sponsored a controversial event", LocalDate.of(2026, 12, 1), assessment);
        SaveOutcome<Relationship> saved = relationships.saveRelationship(r);
        assertThat(saved.ok()).isTrue();
        assertThat(saved.saved()).isEqualTo(r);
        assertThat(relationships.relationship(anna)).contains(r);
        assertThat(relationships.flagReason(anna)).contains("Sponsored a controversial event");
        assertThat(relationships.flagReason(boris)).isEmpty();

        Relationship calmer = r.withFlag(false, "").withAssessment(null).withCadence(null);
        relationships.saveRelationship(calmer);
        assertThat(relationships.relationship(anna)).contains(calmer);
        assertThat(relationships.flagReason(anna)).isEmpty();
    }

    @Test
    void aFlaggedContactShowsItsFlagOnTiesAndInTheList() {
        relationships.saveRelationship(Relationship.empty(acme).withFlag(true, "Greenwashing scandal"));
        relationships.saveTie(Tie.of(anna, acme, TieType.CLIENT, 3));
        assertThat(relationships.ties(anna)).singleElement().satisfies(v -> {
            assertThat(v.otherFlagged()).isTrue();
            assertThat(v.otherFlagReason()).isEqualTo("Greenwashing scandal");
        });
        assertThat(db.service().summaries(new long[] {acme, anna}))
                .extracting(s -> s.flagged()).containsExactly(true, false);
    }

    @Test
    void badRelationshipsAreRefusedAndNothingIsSaved() {
        assertThat(keys(relationships.saveRelationship(Relationship.empty(anna).withCadence(Cadence.days(0)))))
                .containsExactly("error.cadence.positive");
        assertThat(keys(relationships.saveRelationship(Relationship.empty(anna).withStrength(0))))
                .containsExactly("error.strength.range");
        assertThat(keys(relationships.saveRelationship(Relationship.empty(anna)
                .withAssessment(new Assessment(0, 0, 0, 0, 0, 0, 0, 7, LocalDate.of(2026, 1, 1))))))
                .containsExactly("error.assessment.range");
        assertThat(keys(relationships.saveRelationship(Relationship.empty(999)))).containsExactly("error.relationship.missingContact");
        assertThat(db.count("SELECT count(*) FROM relationship")).isZero();
    }

    @Test
    void tagCadencesAreSetChangedAndRemoved() {
        assertThat(relationships.setTagCadence("client", Cadence.months(3))).isEmpty();
        assertThat(relationships.setTagCadence("friend", Cadence.weeks(6))).isEmpty();
        assertThat(relationships.tagCadences()).containsEntry("client", Cadence.months(3)).containsEntry("friend", Cadence.weeks(6));
        assertThat(relationships.setTagCadence("client", Cadence.days(-1))).extracting(Problem::messageKey)
                .containsExactly("error.cadence.positive");
        assertThat(relationships.tagCadences()).containsEntry("client", Cadence.months(3));
        relationships.setTagCadence("client", null);
        assertThat(relationships.tagCadences()).containsOnlyKeys("friend");
    }

    @Test
    void introducerGoneLeavesTheRelationship() {
        relationships.saveRelationship(Relationship.empty(anna).withMet("dinner", boris));
        db.repository().moveToTrash(boris);
        db.repository().emptyTrash(TestDatabase.NOW.plusSeconds(1));
        assertThat(relationships.relationship(anna)).hasValueSatisfying(r -> assertThat(r.introducedBy()).isNull());
    }
}
