package app.rapport.io.printing;

import app.rapport.io.cards.CardDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.language.Bundles;
import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.Envelope;
import app.rapport.testing.PdfText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every character Rapport prints is one the embedded fonts have: each kind of PDF (brief, card list
 * table, labels, envelopes) in each language, on the demo network, read back without a U+FFFD.
 */
class PrintedTextTest {
    private static final char MISSING = '\uFFFD';

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo.db");
        try (Services s = Services.open(db)) {
            DemoNetwork.fill(s.contactRepository(), 400, 40, 11, ProgressListener.NONE, () -> false);
            s.scores().recomputeAll(() -> false);
        }
    }

    /** Lines of the text that hold a character no font had, to say where it was. */
    private static List<String> missing(Path pdf) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : PdfText.of(pdf).split("\n")) {
            if (line.indexOf(MISSING) >= 0) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyKindOfPdfInEveryLanguagePrintsOnlyCharactersItsFontsHave() throws Exception {
        for (Locale language : Bundles.LANGUAGES) {
            ResourceBundle bundle = Bundles.of(language);
            try (Services s = Services.open(db, language)) {
                BriefDocument briefs = new BriefDocument(bundle, language);
                int printed = 0;
                for (long id = 1; id <= 440 && printed < 12; id += 37) {
                    var brief = s.briefs().brief(id);
                    var score = s.scores().score(id);
                    if (brief.isEmpty() || score.isEmpty()) {
                        continue;
                    }
                    Path out = dir.resolve("brief-" + language + "-" + id + ".pdf");
                    briefs.write(out, brief.get(), score.get(), "DE");
                    assertThat(missing(out)).as("brief %d in %s", id, language).isEmpty();
                    printed++;
                }
                assertThat(printed).isPositive();

                List<CardPick> chosen = s.cards().preview(BuilderOptions.seedDefaults()).chosen();
                CardList list = s.cards().create(new CardList(0, "Holiday " + language, "Holiday", 2026),
                        chosen.stream().map(CardPick::candidate).toList()).saved();
                List<Envelope> envelopes = s.cards().envelopes(list.id());
                assertThat(envelopes).isNotEmpty();

                Path table = dir.resolve("table-" + language + ".pdf");
                new CardDocuments(bundle, language).writeTable(table, list, envelopes, "DE");
                assertThat(missing(table)).as("card list table in %s", language).isEmpty();

                Path labels = dir.resolve("labels-" + language + ".pdf");
                CardDocuments.writeAddresses(labels, LabelTemplate.AVERY_L7160, envelopes, 1, List.of(), "DE");
                assertThat(missing(labels)).as("labels in %s", language).isEmpty();

                Path envelopePdf = dir.resolve("envelopes-" + language + ".pdf");
                CardDocuments.writeAddresses(envelopePdf, EnvelopeFormat.DL, envelopes, 1,
                        List.of("Rapport", "Ring 1", "50667 Köln"), "DE");
                assertThat(missing(envelopePdf)).as("envelopes in %s", language).isEmpty();
            }
        }
    }
}
