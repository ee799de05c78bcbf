package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.DashboardPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * README, The Dashboard: the indicators "each with a sparkline of its daily history, which Rapport keeps",
 * "Set a goal for any of them … and see how far you have come", "charts of the score distribution,
 * interactions by month and given against received", and "The score's weights are yours to set".
 */
class DashboardScenarios extends WindowScenario {

    @Test
    void theTilesCountWhoIsKeptInTouchAndAGoalSetIsKeptInTheFileAndShownAsProgress() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.months(1)));
            s.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.months(1)));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(3),
                    Direction.MUTUAL, "", anna));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMonths(4),
                    Direction.MUTUAL, "", boris));
        });
        new ContactsPage(this).waitForRows(2);
        clickOn("#dashboardArea");
        FxWait.until(() -> lookup("#value-KEPT_IN_TOUCH").tryQuery().isPresent());
        waitForText("#value-KEPT_IN_TOUCH", "50%");
        waitForText("#value-OVERDUE", "1");

        clickOn("#setGoal-KEPT_IN_TOUCH");
        FxWait.until(() -> lookup("#goalTarget").tryQuery().isPresent());
        typeInto("#goalTarget", "80");
        clickOn("#goalSave");
        FxWait.until(() -> lookup("#goal-KEPT_IN_TOUCH").tryQuery().isPresent());
        assertThat(lookup("#goal-KEPT_IN_TOUCH").queryAs(Label.class).getText()).contains("of the way");
        assertThat(column("SELECT indicator FROM goal")).containsExactly("KEPT_IN_TOUCH");
    }

    @Test
    void theSparklinesDrawTheKeptHistoryTheChartsCountWhatWasLoggedAndNewScoreWeightsRescoreEveryone()
            throws Exception {
        LocalDate[] today = new LocalDate[1];
        LocalDateTime[] at = new LocalDateTime[5];
        long[] ids = new long[3];
        open(s -> {
            today[0] = s.dashboard().today();
            LocalDateTime now = LocalDateTime.now();
            at[0] = now.minusDays(3);   // a call with Anna
            at[1] = now.minusDays(10);  // a referral given to Anna
            at[2] = now.minusMonths(4); // a call with Boris, long ago
            at[3] = now.minusMonths(2); // a meeting with Clara
            at[4] = now.minusMonths(2).minusDays(1); // a gift from Clara
            // three days of history, kept as the days went by: Anna only, then Boris overdue, then Clara too
            ids[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.relationships().saveRelationship(Relationship.empty(ids[0]).withCadence(Cadence.months(1)).withStrength(5));
            s.interactions().log(Interaction.with(InteractionType.CALL, at[0], Direction.MUTUAL, "", ids[0]));
            s.interactions().log(Interaction.with(InteractionType.REFERRAL, at[1], Direction.GIVEN, "", ids[0]));
            s.dashboard().snapshot(today[0].minusDays(3));
            ids[1] = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveRelationship(Relationship.empty(ids[1]).withCadence(Cadence.months(1)).withStrength(1));
            s.interactions().log(Interaction.with(InteractionType.CALL, at[2], Direction.MUTUAL, "", ids[1]));
            s.dashboard().snapshot(today[0].minusDays(2));
            ids[2] = s.contactRepository().insert(person("Clara", "Weber").build());
            s.relationships().saveRelationship(Relationship.empty(ids[2]).withCadence(Cadence.months(1)).withStrength(3));
            s.interactions().log(Interaction.with(InteractionType.MEETING, at[3], Direction.MUTUAL, "", ids[2]));
            s.interactions().log(Interaction.with(InteractionType.GIFT, at[4], Direction.RECEIVED, "", ids[2]));
            s.dashboard().snapshot(today[0].minusDays(1));
            s.scores().recomputeAll(() -> false);
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(3);
        DashboardPage dashboard = new DashboardPage(this).open().waitForValue("OVERDUE", "2");
        assertThat(dashboard.value("KEPT_IN_TOUCH")).isEqualTo("33%");
        assertThat(lookup("#asOf").queryAs(Label.class).getText()).endsWith("4 days of history");
        // today's figures are kept beside the three days before
        FxWait.until(() -> column("SELECT DISTINCT day FROM indicator_snapshot ORDER BY day").size() == 4);
        assertThat(column("SELECT value FROM indicator_snapshot WHERE indicator = 'OVERDUE' ORDER BY day"))
                .containsExactly(0.0, 1.0, 2.0, 2.0);

        // overdue went 0, 1, 2, 2: its line starts at the bottom and ends at the top; kept in touch fell
        double[] overdue = dashboard.sparklineEnds("OVERDUE");
        assertThat(overdue[0]).as("overdue, three days ago").isBetween(0.0, 0.25);
        assertThat(overdue[1]).as("overdue, today").isGreaterThan(0.75);
        double[] kept = dashboard.sparklineEnds("KEPT_IN_TOUCH");
        assertThat(kept[0]).as("kept in touch, three days ago").isGreaterThan(0.75);
        assertThat(kept[1]).as("kept in touch, today").isBetween(0.0, 0.25);

        // the charts: interactions by month of their kind, given against received by month
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
        String[] monthOf = new String[at.length];
        for (int i = 0; i < at.length; i++) {
            monthOf[i] = month.format(YearMonth.from(at[i]));
        }
        dashboard.showChart("Interactions by month");
        Map<String, Map<String, Integer>> interactions = dashboard.chartValues();
        assertThat(interactions.keySet()).containsExactlyInAnyOrder("Call", "Meeting", "Card, Gift", "Referral");
        assertThat(interactions.get("Call")).containsEntry(monthOf[0], 1).containsEntry(monthOf[2], 1);
        assertThat(interactions.get("Meeting")).containsEntry(monthOf[3], 1);
        assertThat(interactions.get("Card, Gift")).containsEntry(monthOf[4], 1);
        assertThat(interactions.get("Referral")).containsEntry(monthOf[1], 1);
        assertThat(interactions.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                .as("every interaction logged, once").isEqualTo(5);
        dashboard.showChart("Given and received");
        Map<String, Map<String, Integer>> ledger = dashboard.chartValues();
        assertThat(ledger.get("Given").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(ledger.get("Given")).containsEntry(monthOf[1], 1);
        assertThat(ledger.get("Received").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(ledger.get("Received")).containsEntry(monthOf[4], 1);
        dashboard.showChart("Scores");
        assertThat(dashboard.chartValues().get("")).isEqualTo(buckets());

        // Score weights…: all 100 points on strength; every score becomes (strength − 1) / 4 of 100
        List<Object> before = column("SELECT score FROM contact ORDER BY id");
        dashboard.openWeights();
        assertThat(dashboard.weight("STRENGTH")).isEqualTo(25);
        dashboard.typeWeight("STRENGTH", 100);
        for (String part : List.of("RECENCY", "FREQUENCY", "RECIPROCITY", "ASSESSMENT", "NETWORK")) {
            dashboard.typeWeight(part, 0);
        }
        clickOn("Save and recompute");
        waitForText("#messageLabel", "Scores updated for 3 contacts.");
        assertThat(column("SELECT score FROM contact ORDER BY id")).containsExactly(100, 0, 50).isNotEqualTo(before);
        assertThat(column("SELECT value FROM setting WHERE key = 'score.weight.STRENGTH'")).containsExactly("100.0");
        dashboard.waitForValue("AVERAGE_SCORE", "50");
        assertThat(dashboard.chartValues().get("")).isEqualTo(buckets());

        clickOn("#contactsArea");
        FxWait.until(() -> List.of("100", "0", "50").equals(List.of(contacts.scoreShown(ids[0]),
                contacts.scoreShown(ids[1]), contacts.scoreShown(ids[2]))));
    }

    /** The score chart's bars as the file's scores imply them: contacts per ten points, 90–100 together. */
    private Map<String, Integer> buckets() throws Exception {
        Map<String, Integer> bars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            bars.put(i * 10 + "\u2013" + (i == 9 ? 100 : i * 10 + 9), 0);
        }
        for (Object score : column("SELECT score FROM contact WHERE deleted_at IS NULL AND archived = 0")) {
            int b = Math.min(9, ((Number) score).intValue() / 10);
            bars.merge(b * 10 + "\u2013" + (b == 9 ? 100 : b * 10 + 9), 1, Integer::sum);
        }
        return bars;
    }
}
