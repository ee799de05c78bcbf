package app.rapport.io.printing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefDocumentTest {
    @TempDir
    Path dir;

    @Test
    void aOnePageBriefWithEverySectionReadsBack() throws Exception {
        try (TestDatabase db = new TestDatabase(dir)) {
            long marina = db.repository().insert(person("Марина", "Ёлкина").email("m.elkina@example.test")
                    .address("ул. Рубинштейна, д. 70", "198528", "Санкт-Петербург", "RU").build());
            long firm = db.repository().insert(organisation("Ковалевский и партнёры").build());
            db.relationships().saveTie(Tie.of(marina, firm, TieType.WORKS_AT, 3));
            db.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.of(2026, 10, 25, 10, 0),
                    Direction.MUTUAL, "Project review", marina));
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 6, 22, 10, 0),
                    Direction.RECEIVED, "", marina));
            db.keepInTouch().addFollowUp(marina, LocalDate.of(2026, 12, 3), "send the offer");
            Path out = dir.resolve("brief.pdf");
            new BriefDocument(app.rapport.domain.language.Bundles.english(), Locale.UK)
                    .write(out, db.briefs().brief(marina).orElseThrow(), db.scores().score(marina).orElseThrow(), "DE");
            String text = app.rapport.testing.PdfText.of(out);
            assertThat(org.apache.pdfbox.Loader.loadPDF(out.toFile()).getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Марина Ёлкина").contains("Details").contains("m.elkina@example.test")
                    .contains("RUSSIA").contains("Score ")
                    .contains("Марина Ёлкина works at Ковалевский и партнёры")
                    .contains("25 Oct 2026  Meeting: Project review")
                    .contains("You owe Марина Ёлкина: 1 referral")
                    .contains("3 Dec 2026: send the offer");
        }
    }
}
