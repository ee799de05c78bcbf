package app.rapport.cli;

import static app.rapport.testing.ContactBuilder.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapportCommand.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new String[] {Integer.toString(code), out.toString(UTF_8), err.toString(UTF_8)};
    }

    @Test
    void printsWhoNeedsAttentionMostUrgentFirstWithTheReasons() {
        Path db = dir.resolve("rapport.db");
        long anna;
        long boris;
        long clara;
        try (Services s = Services.open(db)) {
            // addresses a card reaches and added today: only what is set here makes them need attention
            anna = s.contactRepository().insert(person("Anna", "Schmidt").address("Hauptstr. 5", "10115", "Berlin", "DE")
                    .build());
            s.relationships().saveRelationship(Relationship.empty(anna).withFlag(true, "Late\tpayer"));
            boris = s.contactRepository().insert(person("Boris", "Tab\tName").address("Ring 1", "50667", "Köln", "DE")
                    .build());
            s.relationships().saveRelationship(Relationship.empty(boris).withFlag(true, ""));
            clara = s.contactRepository().insert(person("Clara", "Calm").address("Ring 2", "50667", "Köln", "DE").build());
            s.relationships().saveRelationship(Relationship.empty(clara).withCadence(Cadence.weeks(2)));
            s.contactRepository().insert(person("Dora", "Archived").archived().build());
        }
        String[] r = run("--db", db.toString(), "review");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].lines().toList()).containsExactly(anna + "\tAnna Schmidt\tflagged", boris + "\tBoris Tab Name\tflagged");

        String[] limited = run("--db", db.toString(), "review", "--limit", "1");
        assertThat(limited[1].lines().toList()).containsExactly(anna + "\tAnna Schmidt\tflagged");
    }

    @Test
    void helpAndWrongArguments() {
        String[] help = run("review", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("Usage: rapport review", "--limit", "not-reviewed", "falling-score");
        String[] zero = run("--db", dir.resolve("x.db").toString(), "review", "--limit", "0");
        assertThat(zero[0]).isEqualTo("2");
        assertThat(zero[2]).contains("--limit must be at least 1.");
        String[] missing = run("--db", dir.resolve("none.db").toString(), "review");
        assertThat(missing[0]).isEqualTo("1");
        assertThat(missing[2]).startsWith("rapport: there is no database at");
    }
}
