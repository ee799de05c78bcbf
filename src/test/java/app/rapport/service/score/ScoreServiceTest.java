package app.rapport.service.score;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.SortField;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.score.Score;
import app.rapport.domain.score.ScorePart;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores from a real database: the facts read, the scores kept, sorting by score in SQL. */
class ScoreServiceTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFactsAndKeepsTheScores() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long acme = db.repository().insert(organisation("Acme GmbH").build());
            long beta = db.repository().insert(organisation("Beta AG").build());
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            long boris = db.repository().insert(person("Boris", "Ivanov").build());
            long clara = db.repository().insert(person("Clara", "Chen").build());
            long lonely = db.repository().insert(person("Lonely", "Lee").build());
            db.relationships().saveTie(Tie.of(anna, acme, TieType.WORKS_AT, 3));
            db.relationships().saveTie(Tie.of(boris, acme, TieType.WORKS_AT, 3));
            db.relationships().saveTie(Tie.of(clara, beta, TieType.WORKS_AT, 3));
            db.relationships().saveTie(Tie.of(anna, boris, TieType.COLLEAGUE, 3)); // same group: no bridge
            db.relationships().saveTie(Tie.of(anna, clara, TieType.FRIEND, 3));    // into Beta: a bridge
            db.relationships().saveRelationship(Relationship.empty(anna).withStrength(5).withCadence(Cadence.days(60)));
            // NOW is 2026-11-22: last contact 2026-07-05 is 140 days back
            db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 7, 5, 9, 0),
                    Direction.MUTUAL, "", anna));
            db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2025, 6, 1, 9, 0),
                    Direction.MUTUAL, "more than a year ago", anna));
            for (int i = 1; i <= 2; i++) {
                db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 3, i, 9, 0),
                        Direction.RECEIVED, "", anna));
            }

            Score s = db.scores().score(anna).orElseThrow();
            // strength 5 → 25; 140 days on 60 → 7; 3 this year → 3.75 → 4; 0 given, 2 received → 1 − 2/4 → 7.5 → 8;
            // not assessed → 8; one bridge → 5
            assertThat(s.lines()).extracting(l -> l.points()).containsExactly(25, 7, 4, 8, 8, 5);
            assertThat(s.line(ScorePart.RECENCY).detail()).containsExactly(140L, 60);
            assertThat(s.value()).isEqualTo(57);
            assertThat(db.scores().score(9_999)).isEmpty();

            assertThat(db.scores().recomputeAll(() -> false)).isEqualTo(6);
            assertThat(db.count("SELECT score FROM contact WHERE id = " + anna)).isEqualTo(57);
            assertThat(db.count("SELECT score FROM contact WHERE id = " + lonely)).isEqualTo(29);
            long[] byScore = db.service().search(new ContactQuery("", null, null, false, SortField.SCORE, false));
            assertThat(byScore[0]).isEqualTo(anna);
            assertThat(Arrays.stream(byScore).boxed().toList()).hasSize(6);
        }
    }

    @Test
    void aCancelledRunWritesNothingAndWeightsAreSettings() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            assertThat(db.scores().recomputeAll(() -> true)).isEqualTo(-1);
            assertThat(db.count("SELECT count(*) FROM contact WHERE score IS NOT NULL")).isZero();
            for (ScorePart p : ScorePart.values()) {
                db.scores().setWeight(p, p == ScorePart.STRENGTH ? 100 : 0);
            }
            // strength 3 with all the weight on strength: (3 − 1) / 4 of 100
            assertThat(db.scores().score(anna).orElseThrow().value()).isEqualTo(50);
        }
    }
}
