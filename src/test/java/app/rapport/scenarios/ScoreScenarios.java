package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * README, A social-capital score: "The Relationship tab shows each part and what it lost ("Recency 7 of 20
 * (−13): last contact 140 days ago, cadence 60 days")".
 */
class ScoreScenarios extends WindowScenario {

    @Test
    void theRelationshipTabShowsTheScoreEachPartAndWhatRecencyLost() throws Exception {
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.relationships().saveRelationship(Relationship.empty(anna[0]).withCadence(Cadence.days(60)).withStrength(4));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(140),
                    Direction.MUTUAL, "", anna[0]));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        contacts.selectTab("relationshipTab");
        FxWait.until(() -> lookup("#scoreLines").tryQuery().isPresent()
                && !lookup("#scoreLines").queryAs(VBox.class).getChildren().isEmpty());
        List<String> lines = lookup("#scoreLines").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(lines).hasSize(6);
        assertThat(lines).anyMatch(l -> l.matches("Recency \\d+ of \\d+ \\(\u2212\\d+\\): last contact 140 days ago,"
                + " cadence 60 days"));
        assertThat(lines).anyMatch(l -> l.startsWith("Strength ") && l.endsWith(": strength 4 of 5"));
        String title = lookup("#scoreValue").queryAs(Label.class).getText();
        FxWait.until(() -> !column("SELECT score FROM contact WHERE id = ? AND score IS NOT NULL", anna[0]).isEmpty());
        assertThat(title).isEqualTo("Score " + column("SELECT score FROM contact WHERE id = ?", anna[0]).get(0)
                + " of 100");
    }
}
