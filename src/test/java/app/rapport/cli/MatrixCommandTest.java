package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.persistence.DataFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport matrix} on a real database file. */
class MatrixCommandTest {
    @TempDir
    Path dir;
    Path db;
    long acme;
    long zenith;
    long boris;
    long initech;
    long anna;

    @BeforeEach
    void seed() {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        db = dir.resolve("rapport.db");
        try (Services s = Services.open(db)) {
            zenith = s.contactRepository().insert(organisation("Zenith AG").build());
            acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            initech = s.contactRepository().insert(organisation("Initech").build());
            boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.cooperation().save(new Cooperation(zenith, 9, 7, "", "", ""));
            s.cooperation().save(new Cooperation(acme, 5, 5, "", "", ""));
            s.cooperation().save(new Cooperation(initech, 4, 4, "", "", ""));
            s.cooperation().save(new Cooperation(boris, 8, 2, "", "", ""));
            s.cooperation().save(new Cooperation(anna, 8, 0, "", "", ""));
        }
    }

    @AfterEach
    void clear() {
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    @Test
    void printsEveryoneOnTheMatrixByQuadrantThenNameAsTheListSortsIt() {
        Result r = rapport("matrix", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "high-potentials\t" + acme + "\tAcme GmbH\t5\t5",
                "high-potentials\t" + zenith + "\tZenith AG\t9\t7",
                "transactionals\t" + initech + "\tInitech\t4\t4",
                "candidates\t" + boris + "\tBoris Ivanov\t8\t2",
                "candidates\t" + anna + "\tAnna Schmidt\t8\t0");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void oneQuadrantOnly() {
        Result r = rapport("matrix", "--quadrant", "Candidates", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "candidates\t" + boris + "\tBoris Ivanov\t8\t2",
                "candidates\t" + anna + "\tAnna Schmidt\t8\t0");
        assertThat(rapport("matrix", "--quadrant", "developers", "--db", db.toString()).out()).isEmpty();
    }

    @Test
    void mistakesAndHelp() {
        Result unknown = rapport("matrix", "--quadrant", "stars", "--db", db.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown quadrant 'stars'").contains("candidates");
        Result nowhere = rapport("matrix", "--db", dir.resolve("nope.db").toString());
        assertThat(nowhere.code()).isEqualTo(1);
        assertThat(nowhere.err()).startsWith("rapport: there is no database at");
        Result help = rapport("matrix", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: rapport matrix").contains("--quadrant")
                .contains("quadrant, contact id, name, our willingness,");
        assertThat(rapport("--help").out()).contains("matrix");
    }
}
