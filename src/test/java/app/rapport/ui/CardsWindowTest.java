package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardStatus;
import app.rapport.domain.cards.LeftOut;
import app.rapport.domain.cards.LeftOutReason;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.PlaybookItem;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.cards.EnvelopeRow;
import java.time.LocalDateTime;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Cards area through the real window: build a list, mark it sent, find the follow-ups in Keep in touch. */
class CardsWindowTest extends WindowScenario {
    @BeforeEach
    void start() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long boris = s.contactRepository().insert(person("Boris", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long clara = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            long dora = s.contactRepository().insert(person("Dora", "Dahl").build());
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "project", anna, boris, clara, dora));
        });
        new ContactsPage(this).waitForRows(4);
    }

    @SuppressWarnings("unchecked")
    private TableView<EnvelopeRow> envelopes() {
        return lookup("#envelopeTable").queryAs(TableView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildAListMarkItSentAndSeeTheFollowUpsInKeepInTouch() throws Exception {
        clickOn("#cardsArea");
        FxWait.until(() -> lookup("#newList").tryQuery().isPresent());
        clickOn("#newList");
        FxWait.until(() -> lookup("#builderChosen").tryQuery().isPresent()
                && lookup("#builderChosen").queryAs(ListView.class).getItems().size() == 3
                && lookup("#builderLeftOut").queryAs(ListView.class).getItems().size() == 1);
        LeftOut dora = (LeftOut) lookup("#builderLeftOut").queryAs(ListView.class).getItems().get(0);
        assertThat(dora.pick().candidate().displayName()).isEqualTo("Dora Dahl");
        assertThat(dora.reason()).isEqualTo(LeftOutReason.NO_ADDRESS);
        assertThat(((ListView<CardPick>) lookup("#builderChosen").queryAs(ListView.class)).getItems())
                .extracting(p -> p.candidate().displayName()).containsExactlyInAnyOrder("Anna Schmidt", "Boris Schmidt", "Clara Chen");

        clickOn("#builderCreate");
        FxWait.until(() -> lookup("#builderChosen").tryQuery().isEmpty() && envelopes().getItems().size() == 2);
        // same strength and last contact: by name, Chen before Schmidt
        EnvelopeRow household = envelopes().getItems().get(1);
        assertThat(household.envelope().addressee()).isEqualTo("Anna & Boris Schmidt");
        assertThat(household.envelope().salutation()).isEqualTo("Dear Anna & Boris");

        interact(() -> envelopes().getSelectionModel().select(1));
        clickOn("#markSent");
        FxWait.until(() -> envelopes().getItems().size() == 2
                && envelopes().getItems().get(1).envelope().status() == CardStatus.SENT);
        assertThat(envelopes().getItems().get(0).envelope().status()).isEqualTo(CardStatus.PLANNED);

        // labels: the preview shows the sheets; starting at label 21 of 21 needs a second sheet
        interact(() -> lookup("#outputMenu").queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .filter(i -> "printLabels".equals(i.getId())).findFirst().orElseThrow().fire());
        FxWait.until(() -> lookup("#previewPages").tryQuery().isPresent()
                && lookup("#previewPages").queryAs(javafx.scene.control.Label.class).getText().equals("Page 1 of 1"));
        interact(() -> lookup("#labelStartAt").queryAs(javafx.scene.control.Spinner.class).getValueFactory()
                .setValue(21));
        FxWait.until(() -> lookup("#previewPages").queryAs(javafx.scene.control.Label.class).getText()
                .equals("Page 1 of 2"));
        interact(() -> lookup("#labelLayout").queryAs(javafx.scene.control.ComboBox.class).setValue("custom"));
        interact(() -> {
            lookup("#grid2").queryAs(javafx.scene.control.TextField.class).setText("90");
            lookup("#grid2").queryAs(javafx.scene.control.TextField.class).fireEvent(new javafx.event.ActionEvent());
        });
        FxWait.until(() -> lookup("#previewStatus").queryAs(javafx.scene.control.Label.class).getText()
                .contains("labels across need"));
        interact(() -> ((javafx.stage.Stage) lookup("#previewPages").queryAs(javafx.scene.Node.class).getScene()
                .getWindow()).close());

        clickOn("#keepInTouchArea");
        FxWait.until(() -> lookup("#playbooksTab").tryQuery().isPresent() || lookup("#playbooks").tryQuery().isPresent());
        interact(() -> {
            TabPane tabs = lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "playbooksTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        FxWait.until(() -> lookup("#playbook-CARD_FOLLOW_UPS").tryQuery().isPresent()
                && followUps().size() == 2);
        assertThat(followUps()).extracting(PlaybookItem::name).containsExactlyInAnyOrder("Anna Schmidt", "Boris Schmidt");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<PlaybookItem> followUps() {
        TitledPane pane = lookup("#playbook-CARD_FOLLOW_UPS").queryAs(TitledPane.class);
        ListView<PlaybookItem> list = (ListView<PlaybookItem>) pane.getContent().lookup(".list-view");
        return list.getItems();
    }
}
