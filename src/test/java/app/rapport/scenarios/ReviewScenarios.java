package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.review.ReviewRules;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.ReviewPage;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * README, Review: "for those who need attention — not reviewed in six months, overdue, no mailing address
 * before card season, score falling, flagged — with every reason in words and single-key actions"; and
 * Keyboard: "in Review: … O … open in Contacts".
 */
class ReviewScenarios extends WindowScenario {

    @Test
    void oOpensTheReviewedContactInContactsAndTypesNothing() throws Exception {
        long[] boris = new long[1];
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Keller").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withFlag(true, "Check the contract"));
            boris[0] = s.contactRepository().insert(person("Boris", "Keller").build());
            s.relationships().saveRelationship(Relationship.empty(boris[0]).withFlag(true, "Check the contract"));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        clickOn("#reviewArea");
        FxWait.until(() -> lookup("#nameLabel").tryQuery().isPresent() && lookup("#nameLabel").query().isVisible()
                && "Anna Keller".equals(lookup("#nameLabel").queryAs(Label.class).getText()));
        push(KeyCode.S); // skip Anna
        FxWait.until(() -> "Boris Keller".equals(lookup("#nameLabel").queryAs(Label.class).getText()));

        type(KeyCode.O);
        FxWait.until(() -> lookup("#givenField").tryQuery().isPresent()
                && "Boris".equals(lookup("#givenField").queryAs(TextField.class).getText()));
        FxWait.until(() -> contacts.table().getSelectionModel().getSelectedItem() != null);
        assertThat(contacts.table().getSelectionModel().getSelectedItem().id()).isEqualTo(boris[0]);
        assertThat(lookup("#searchField").queryAs(TextField.class).getText()).as("nothing typed into the search")
                .isEmpty();
        assertThat(contacts.table().getItems()).hasSize(2);
    }

    /** A day out of card season and one in it: the window and the file live on that day. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-06-15", "2026-11-16"})
    void aFallingScoreANoReviewInSixMonthsAndNoCardAddressInCardSeasonAreSaidInWordsAndActedOnByKey(String day)
            throws Exception {
        LocalDate today = LocalDate.parse(day);
        app.rapport.app.AppTime.use(java.time.Clock.fixed(today.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC), app.rapport.service.backup.BackupScheduler.CHECK);
        try {
            fallingScoreNoReviewAndNoCardAddress(today);
        } finally {
            app.rapport.app.AppTime.reset();
        }
    }

    private void fallingScoreNoReviewAndNoCardAddress(LocalDate today) throws Exception {
        LocalDate reviewedLong = today.minusMonths(ReviewRules.DEFAULT_MONTHS).minusDays(10);
        open(s -> {
            // Emil's score fell: yesterday he was a strength 5, today he is a 1
            long emil = s.contactRepository().insert(person("Emil", "Brandt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            s.relationships().saveRelationship(Relationship.empty(emil).withStrength(5));
            s.scores().recomputeAll(() -> false);
            s.database().jdbi().useHandle(h -> h.execute("UPDATE contact SET scored_on = ? WHERE id = ?",
                    today.minusDays(1).toString(), emil)); // the day before, as the scores are dated
            s.relationships().saveRelationship(Relationship.empty(emil).withStrength(1));
            // Dora was last reviewed six months and ten days ago
            long dora = s.contactRepository().insert(person("Dora", "Lang")
                    .address("Ringstr. 2", "80331", "München", "DE").build());
            s.database().jdbi().useHandle(h -> h.execute(
                    "INSERT INTO contact_review (contact_id, reviewed_on) VALUES (?, ?)", dora, reviewedLong.toString()));
            // Fritz has no address a card can reach: only a town
            s.contactRepository().insert(person("Fritz", "Hahn").address("", "", "Hamburg", "DE").build());
            s.scores().recomputeAll(() -> false);
        });
        new ContactsPage(this).waitForRows(3);
        long emil = id("Emil");
        List<Object> scores = column("SELECT score_before || ' ' || score FROM contact WHERE id = ?", emil);
        String[] fell = ((String) scores.get(0)).split(" ");
        assertThat(Integer.parseInt(fell[1])).as("the score fell").isLessThan(Integer.parseInt(fell[0]));
        boolean cardSeason = ReviewRules.inCardSeason(today);
        ReviewPage review = new ReviewPage(this).open("Emil Brandt");

        // a falling score comes first, in words with both figures; L logs a call, Enter marks him reviewed
        assertThat(review.reasons()).containsExactly("Score falling: " + fell[0] + " \u2192 " + fell[1]);
        assertThat(review.progress()).isEqualTo("1 of " + (cardSeason ? 3 : 2) + " \u00b7 1 reason");
        push(KeyCode.L);
        FxWait.until(() -> lookup("#logNote").tryQuery().isPresent());
        typeInto("#logNote", "asked how the move went");
        clickOn("#logSave");
        FxWait.until(() -> lookup("#logNote").tryQuery().isEmpty());
        assertThat(column("SELECT i.type || ' ' || i.note FROM interaction i JOIN interaction_contact ic"
                + " ON ic.interaction_id = i.id WHERE ic.contact_id = ?", emil))
                .containsExactly("CALL asked how the move went");
        push(KeyCode.ENTER);

        // not reviewed in six months, with the day of the last review; R marks her reviewed today
        review.waitFor("Dora Lang");
        assertThat(review.reasons()).containsExactly("Not reviewed since " + new I18n(Locale.ENGLISH).date(reviewedLong));
        push(KeyCode.R);
        if (cardSeason) {
            // from October, no address a card can reach; T then Enter tags him, Enter marks him reviewed
            review.waitFor("Fritz Hahn");
            assertThat(review.reasons())
                    .containsExactly("No mailing address a card can reach, and holiday cards go out soon");
            push(KeyCode.T);
            FxWait.until(() -> lookup("#tagField").queryAs(TextField.class).isFocused());
            write("address wanted");
            push(KeyCode.ENTER);
            FxWait.until(() -> "address wanted".equals(lookup("#tagsLabel").queryAs(Label.class).getText()));
            assertThat(column("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                    + " WHERE ct.contact_id = ?", id("Fritz"))).containsExactly("address wanted");
            push(KeyCode.ENTER);
        }
        FxWait.until(review::atEnd);
        assertThat(column("SELECT c.given_name || ' ' || v.reviewed_on FROM contact_review v JOIN contact c"
                + " ON c.id = v.contact_id ORDER BY c.given_name")).containsExactlyElementsOf(cardSeason
                ? List.of("Dora " + today, "Emil " + today, "Fritz " + today)
                : List.of("Dora " + today, "Emil " + today));

        // a new round: nobody is left who needs attention (outside card season Fritz never did)
        push(KeyCode.N);
        FxWait.until(() -> review.atEnd() && "Nobody needs attention".equals(review.endTitle()));
    }

    private long id(String given) throws Exception {
        return ids("SELECT id FROM contact WHERE given_name = ?", given).get(0);
    }
}
