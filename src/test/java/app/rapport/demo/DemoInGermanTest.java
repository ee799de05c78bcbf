package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A German user's demo: role tags in German, which the card rules still recognise. */
class DemoInGermanTest {
    private final Locale original = Locale.getDefault();
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @Test
    void roleTagsAreGermanAndTheProspectRuleKnowsThem() {
        Locale.setDefault(Locale.FRENCH); // the computer's language is not the user's: the demo follows the user's
        try (TestDatabase db = new TestDatabase(dir)) {
            DemoNetwork.fill(db.repository(), 400, 40, 7, Instant.parse("2026-11-20T09:00:00Z"), Locale.GERMAN,
                    ProgressListener.NONE, () -> false);
            List<String> tags = db.repository().tags();
            assertThat(tags).contains("Kunde", "Interessent", "Lieferant").doesNotContain("client", "prospect", "supplier");
            assertThat(db.relationships().tagCadences()).containsOnlyKeys("Kunde", "Freund");

            List<CardPick> prospects = db.cards().preview(new BuilderOptions(EnumSet.of(CardRule.PROSPECTS), "", 0, 500))
                    .chosen();
            assertThat(prospects).isNotEmpty().allSatisfy(p -> assertThat(p.because()).contains(CardRule.PROSPECTS));
            assertThat(prospects).allSatisfy(p -> assertThat(db.repository().find(p.candidate().id()).orElseThrow().tags())
                    .contains("Interessent"));
        }
    }
}
