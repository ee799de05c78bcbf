package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport duplicates}: the pairs by the import's rules, and "not a duplicate" remembered. */
class DuplicatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsThePairsStrongestFirstAndForgetsThoseMarkedNotDuplicates() {
        Path db = dir.resolve("rapport.db");
        long anna;
        long annaAgain;
        long jan;
        long eva;
        try (Services s = Services.open(db)) {
            s.settings().setHomeCountry("DE");
            // one person typed by hand and again from a phone's export
            anna = s.contactRepository().insert(person("Anna", "Weber").email("anna@weber.example").build());
            annaAgain = s.contactRepository().insert(person("Anna", "Weber").email("ANNA@weber.example")
                    .phone("030 1234567").build());
            // a family's shared address: a possible duplicate at most
            jan = s.contactRepository().insert(person("Jan", "Müller").email("info@mueller.example").build());
            eva = s.contactRepository().insert(person("Eva", "Müller").email("info@mueller.example").build());
            // a couple sharing a landline only: never listed
            s.contactRepository().insert(person("Boris", "Ivanov").phone("+49 30 7654321").build());
            s.contactRepository().insert(person("Olga", "Ivanova").phone("030 7654321").build());
        }

        Result listed = rapport("--db", db.toString(), "duplicates");

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.lines()).containsExactly(
                "pair: " + anna + " Anna Weber | " + annaAgain + " Anna Weber | score 90 | same email anna@weber.example, "
                        + "same name Anna Weber",
                "pair: " + jan + " Jan Müller | " + eva + " Eva Müller | score 30 | same email info@mueller.example, "
                        + "different name Jan Müller / Eva Müller",
                "pairs: 2");

        Result marked = rapport("--db", db.toString(), "duplicates", "--not-duplicate", Long.toString(eva), Long.toString(jan));
        assertThat(marked.code()).as(marked.err()).isZero();
        assertThat(marked.lines()).containsExactly("not a duplicate: " + jan + " " + eva);

        assertThat(rapport("--db", db.toString(), "duplicates").lines()).containsExactly(
                "pair: " + anna + " Anna Weber | " + annaAgain + " Anna Weber | score 90 | same email anna@weber.example, "
                        + "same name Anna Weber",
                "pairs: 1");
    }

    @Test
    void helpAndWrongArguments() {
        Result help = rapport("duplicates", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: rapport duplicates", "--not-duplicate", "pair: ID NAME | ID NAME | score N");

        Path db = dir.resolve("rapport.db");
        long anna;
        try (Services s = Services.open(db)) {
            anna = s.contactRepository().insert(person("Anna", "Weber").build());
        }
        Result same = rapport("--db", db.toString(), "duplicates", "--not-duplicate", "" + anna, "" + anna);
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("--not-duplicate needs two different contacts.");
        Result gone = rapport("--db", db.toString(), "duplicates", "--not-duplicate", "" + anna, "999");
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("rapport: there is no contact 999." + System.lineSeparator());
        Result one = rapport("--db", db.toString(), "duplicates", "--not-duplicate", "" + anna);
        assertThat(one.code()).isEqualTo(2);
        Result missing = rapport("--db", dir.resolve("none.db").toString(), "duplicates");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("rapport: there is no database at");
    }
}
