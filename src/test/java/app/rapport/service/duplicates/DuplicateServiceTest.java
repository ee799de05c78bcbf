package app.rapport.service.duplicates;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.persistence.duplicates.JdbiDuplicateRepository;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.service.StorageException;
import app.rapport.service.importing.Evidence;
import app.rapport.service.importing.Matcher;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Find duplicates" across the whole database, by the import's rules: address books that grew over years
 * hold the same person twice (typed once by hand, once from a phone's export), and families that share
 * a landline who are not one person.
 */
class DuplicateServiceTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DuplicateService duplicates;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir.resolve("db"));
        duplicates = new DuplicateService(new JdbiDuplicateRepository(db.database(),
                Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), () -> "DE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSameEmailMakesAPairWithItsEvidenceAndScore() {
        long typed = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        long fromPhone = db.repository().insert(person("Anna", "Weber").email("ANNA@Weber.example ")
                .phone("+49 30 1234567").build());
        db.repository().insert(person("Boris", "Ivanov").email("boris@ivanov.example").build());

        List<DuplicatePair> pairs = duplicates.find();

        assertThat(pairs).hasSize(1);
        DuplicatePair pair = pairs.get(0);
        assertThat(pair.firstId()).isEqualTo(typed);
        assertThat(pair.secondId()).isEqualTo(fromPhone);
        assertThat(pair.firstName()).isEqualTo("Anna Weber");
        assertThat(pair.match().score()).isEqualTo(90);
        assertThat(pair.match().has(Evidence.SAME_EMAIL)).isTrue();
        assertThat(pair.match().has(Evidence.SAME_NAME)).isTrue();
    }

    @Test
    void aCoupleSharingOnlyALandlineIsNotAPair() {
        // a household's landline, written nationally on one card and internationally on the other
        db.repository().insert(person("Anna", "Ivanova").phone("030 1234567").email("anna@ivanova.example")
                .birthday(8, 30, 1972).build());
        db.repository().insert(person("Boris", "Ivanov").phone("+49 30 1234567").email("boris@ivanov.example")
                .birthday(3, 14, 1970).build());

        assertThat(duplicates.find()).isEmpty();
    }

    @Test
    void theSameNameAndPhoneIsOnlyAPossibleDuplicate() {
        db.repository().insert(person("Lena", "Fischer").phone("+49 30 1234567").email("lena@fischer.example").build());
        db.repository().insert(person("Lena", "Fischer").phone("030 1234567").build());

        List<DuplicatePair> pairs = duplicates.find();

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.match().score()).isEqualTo(50);
            assertThat(p.match().decision()).isEqualTo(Matcher.Decision.POSSIBLE);
        });
    }

    @Test
    void aPersonIsNeverPairedWithAnOrganisation() {
        db.repository().insert(person("Jordan", "Taylor").email("hello@jordantaylor.example").build());
        db.repository().insert(organisation("Jordan Taylor").email("hello@jordantaylor.example").build());

        assertThat(duplicates.find()).isEmpty();
    }

    @Test
    void pairsComeStrongestFirst() {
        long lena = db.repository().insert(person("Lena", "Fischer").phone("+49 30 1234567").build());
        db.repository().insert(person("Lena", "Fischer").phone("030 1234567").build());
        long anna = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());

        assertThat(duplicates.find()).extracting(DuplicatePair::firstId).containsExactly(anna, lena);
    }

    @Test
    void aPairMarkedNotADuplicateIsRememberedAndNeverListedAgain() {
        // a family's shared address: Jan and Eva Müller are two people
        long jan = db.repository().insert(person("Jan", "Müller").email("info@mueller.example").build());
        long eva = db.repository().insert(person("Eva", "Müller").email("info@mueller.example").build());
        assertThat(duplicates.find()).hasSize(1);

        assertThat(duplicates.notDuplicate(eva, jan).ok()).isTrue();
        duplicates.notDuplicate(jan, eva); // said twice: still one row

        assertThat(duplicates.find()).isEmpty();
        assertThat(db.count("SELECT count(*) FROM not_duplicate WHERE contact_low = " + jan
                + " AND contact_high = " + eva)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM not_duplicate")).isEqualTo(1);
    }

    @Test
    void notADuplicateOfAContactThatIsGoneIsRefused() {
        long jan = db.repository().insert(person("Jan", "Müller").build());

        assertThatThrownBy(() -> duplicates.notDuplicate(jan, jan + 100))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason())
                        .isEqualTo(StorageException.Reason.NOT_FOUND));
        assertThat(duplicates.notDuplicate(jan, jan).ok()).isFalse();
        assertThat(db.count("SELECT count(*) FROM not_duplicate")).isZero();
    }

    @Test
    void aMergedPairIsGone() {
        long keep = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        long gone = db.repository().insert(person("Anna", "Weber").email("anna@weber.example")
                .email("a.weber@studio.example").build());
        long other = db.repository().insert(person("Petra", "Novak").email("petra@novak.example").build());
        long otherTwin = db.repository().insert(person("Petra", "Novak").email("petra@novak.example").build());

        assertThat(merges().merge(keep, gone).ok()).isTrue();

        assertThat(duplicates.find()).extracting(DuplicatePair::firstId, DuplicatePair::secondId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(other, otherTwin));
    }

    @Test
    void whatTheMergedAwayContactWasNotADuplicateOfTheKeptOneIsNotEither() {
        // a family's shared address, and Eva typed twice: "Jan is not Eva" holds for the Eva that is kept
        long jan = db.repository().insert(person("Jan", "Müller").email("info@mueller.example").build());
        long eva = db.repository().insert(person("Eva", "Müller").email("info@mueller.example").build());
        long evaAgain = db.repository().insert(person("Eva", "Müller").email("info@mueller.example")
                .email("eva@mueller.example").build());
        duplicates.notDuplicate(jan, evaAgain);

        assertThat(merges().merge(eva, evaAgain).ok()).isTrue();

        assertThat(duplicates.find()).isEmpty();
        assertThat(db.count("SELECT count(*) FROM not_duplicate WHERE contact_low = " + jan
                + " AND contact_high = " + eva)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM not_duplicate")).as("the merged-away contact's pair went with it")
                .isEqualTo(1);
    }

    private MergeService merges() {
        return new MergeService(db.repository(),
                new JdbiMergeRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), "DE");
    }
}
