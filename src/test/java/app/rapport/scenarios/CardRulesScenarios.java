package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.CardsPage;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * README, Holiday cards: "build a list by the rules of the playbook — clients and referrers of the last 12
 * months, recent prospects (tagged "prospect", or "Interessent", "потенциальный клиент", "ผู้มุ่งหวัง"), a tag,
 * a minimum score — each rule a switch, capped at 50, with everyone left out shown with the reason (…, archived,
 * …, over the limit) and addable by hand."
 */
class CardRulesScenarios extends WindowScenario {
    private final CardsPage cards = new CardsPage(this);

    @Test
    void eachRuleIsASwitchProspectsAreFoundInFourLanguagesAndATagAndAMinimumScoreChoose() throws Exception {
        int[] threshold = new int[1];
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long clara = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            long rita = s.contactRepository().insert(person("Rita", "Ruiz")
                    .address("Calle Mayor 3", "28013", "Madrid", "ES").build());
            s.contactRepository().insert(person("Peter", "Parker").tag("prospect")
                    .address("20 Ingram St", "11375", "New York", "US").build());
            s.contactRepository().insert(person("Ina", "Imhof").tag("Interessent")
                    .address("Seestr. 9", "80802", "München", "DE").build());
            s.contactRepository().insert(person("Pavel", "Petrov").tag("потенциальный клиент")
                    .address("ул. Ленина 1", "190000", "Санкт-Петербург", "RU").build());
            s.contactRepository().insert(person("Somchai", "Srisuk").tag("ผู้มุ่งหวัง")
                    .address("99 Sukhumvit Rd", "10110", "Bangkok", "TH").build());
            s.contactRepository().insert(person("Fiona", "Fischer").tag("family")
                    .address("Am Hang 4", "01067", "Dresden", "DE").build());
            s.contactRepository().insert(person("Arno", "Alt").tag("family").archived()
                    .address("Bergweg 8", "04109", "Leipzig", "DE").build());
            // Anna: a close client seen every month; Clara a client once, Rita referred someone once
            s.relationships().saveRelationship(Relationship.empty(anna).withStrength(5));
            for (int month = 1; month <= 6; month++) {
                s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(month),
                        Direction.MUTUAL, "project", anna));
            }
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(11),
                    Direction.MUTUAL, "one order", clara));
            s.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.now().minusMonths(3),
                    Direction.RECEIVED, "sent me a client", rita));
            // a minimum score between Anna's and everyone else's
            s.scores().ensureScored();
            Map<String, Integer> scores = new java.util.HashMap<>();
            s.database().jdbi().useHandle(h -> h.createQuery("SELECT display_name, score FROM contact")
                    .map((rs, ctx) -> scores.put(rs.getString(1), rs.getInt(2))).list());
            int others = scores.entrySet().stream().filter(e -> !e.getKey().equals("Anna Schmidt"))
                    .mapToInt(Map.Entry::getValue).max().orElseThrow();
            assertThat(scores.get("Anna Schmidt")).as("Anna's score above everyone else's " + scores).isGreaterThan(others + 1);
            threshold[0] = others + 1;
        });
        new ContactsPage(this).waitForRows(8); // the archived one is not listed

        // the card playbook's rules as they come: clients, referrers and prospects tagged in any of the four languages
        cards.newList(7).waitForChosen("Anna Schmidt", "Clara Chen", "Rita Ruiz", "Peter Parker", "Ina Imhof",
                "Pavel Petrov", "Somchai Srisuk");
        assertThat(cards.chosenShown()).contains("Rita Ruiz  \u2014 referred me", "Pavel Petrov  \u2014 prospect",
                "Somchai Srisuk  \u2014 prospect", "Ina Imhof  \u2014 prospect", "Anna Schmidt  \u2014 client");

        clickOn("#ruleProspects");
        cards.waitForChosen("Anna Schmidt", "Clara Chen", "Rita Ruiz");

        // a minimum score keeps only those who reach it
        clickOn("#ruleScore");
        clickOn("#ruleScoreValue");
        push(KeyCode.CONTROL, KeyCode.A);
        write(Integer.toString(threshold[0]));
        push(KeyCode.TAB);
        cards.waitForChosen("Anna Schmidt");
        assertThat(cards.chosenShown()).containsExactly("Anna Schmidt  \u2014 client, high score");

        // everything off but a tag: the family, the archived one left out with the reason, then added by hand
        clickOn("#ruleScore");
        clickOn("#ruleClients");
        clickOn("#ruleReferrers");
        cards.waitForChosen();
        clickOn("#ruleTag");
        clickOn("#ruleTagName").write("family");
        cards.waitForChosen("Fiona Fischer");
        FxWait.until(() -> cards.leftOutShown().equals(java.util.List.of("Arno Alt  \u2014 archived")));
        cards.clickLine("#builderLeftOut", "Arno Alt  \u2014 archived");
        clickOn("#builderInclude");
        cards.waitForChosen("Arno Alt", "Fiona Fischer");
        assertThat(cards.leftOutShown()).isEmpty();

        cards.create();
        assertThat(cards.addressees()).containsExactlyInAnyOrder("Fiona Fischer", "Arno Alt");
        assertThat(column("SELECT c.display_name FROM card_recipient r JOIN contact c ON c.id = r.contact_id"
                + " ORDER BY c.display_name")).containsExactly("Arno Alt", "Fiona Fischer");
    }

    @Test
    void overTheCapOf50TheRestAreLeftOutAndAddedByHandInTheBuilderAndThroughThePicker() throws Exception {
        open(s -> {
            long[] ids = IntStream.rangeClosed(1, 52).mapToLong(i -> s.contactRepository().insert(
                    person("Alex", String.format("Nummer%02d", i))
                            .address("Weg " + i, String.format("10%03d", i), "Berlin", "DE").build())).toArray();
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(1),
                    Direction.MUTUAL, "the fair", ids));
        });
        new ContactsPage(this).waitForRows(52);

        cards.newList(50);
        FxWait.until(() -> cards.leftOutShown().size() == 2);
        assertThat(cards.leftOutShown()).containsExactly("Alex Nummer51  \u2014 over the limit",
                "Alex Nummer52  \u2014 over the limit");
        assertThat(lookup((Node n) -> n instanceof Label l && "On the list: 50 people in 50 envelopes".equals(l.getText()))
                .tryQuery()).isPresent();

        cards.clickLine("#builderLeftOut", "Alex Nummer51  \u2014 over the limit");
        clickOn("#builderInclude");
        FxWait.until(() -> cards.chosenNames().size() == 51);
        assertThat(cards.leftOutShown()).containsExactly("Alex Nummer52  \u2014 over the limit");
        cards.create();
        FxWait.until(() -> cards.addressees().size() == 51);
        assertThat(column("SELECT count(*) FROM card_envelope")).containsExactly(51);

        // the last one through "Add contact…": the picker finds them by name
        clickOn("#addContact");
        FxWait.until(() -> lookup("#cardContactPicker").tryQuery().isPresent());
        clickOn("#cardContactPicker").write("Nummer52");
        FxWait.until(() -> lookup(".contact-picker-list .list-cell").match(CardRulesScenarios::offersAlex52)
                .tryQuery().isPresent());
        clickOn(lookup(".contact-picker-list .list-cell").match(CardRulesScenarios::offersAlex52).queryAs(Node.class));
        clickOn(lookup((Node n) -> n instanceof Button b && "Add".equals(b.getText())).queryAs(Node.class));
        FxWait.until(() -> cards.addressees().contains("Alex Nummer52"));
        assertThat(cards.addressees()).hasSize(52);
        assertThat(column("SELECT e.addressee FROM card_envelope e JOIN card_recipient r ON r.envelope_id = e.id"
                + " JOIN contact c ON c.id = r.contact_id WHERE c.family_name IN ('Nummer51', 'Nummer52')"
                + " ORDER BY e.addressee")).containsExactly("Alex Nummer51", "Alex Nummer52");
    }

    private static boolean offersAlex52(Node n) {
        return n instanceof ListCell<?> c && c.getItem() != null
                && c.getItem() instanceof app.rapport.domain.contacts.ContactSummary s && s.displayName().equals("Alex Nummer52");
    }
}
