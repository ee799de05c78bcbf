package app.rapport.cli;

import static app.rapport.testing.ContactBuilder.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.DataFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapportCommand.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new String[] {Integer.toString(code), out.toString(UTF_8), err.toString(UTF_8)};
    }

    @Test
    void printsTheScoreAndItsParts() {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        Path db = dir.resolve("rapport.db");
        try (Services s = Services.open(db)) {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withStrength(5));
        }
        String[] r = run("score", "Anna Schmidt", "--db", db.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].lines().toList()).containsExactly("score\t41",
                "strength\t25\t25\t0\tstrength 5 of 5",
                "recency\t0\t20\t20\tnever in touch yet",
                "frequency\t0\t15\t15\t0 interactions in the last 12 months; about monthly is full",
                "reciprocity\t8\t15\t7\tno favours, referrals or gifts either way yet",
                "assessment\t8\t15\t7\tnot assessed yet",
                "network\t0\t10\t10\t0 other groups reached through their ties; two is full");
        String[] missing = run("score", "Nobody", "--db", db.toString());
        assertThat(missing[0]).isNotEqualTo("0");
        assertThat(missing[2]).contains("no contact is called Nobody");
    }
}
