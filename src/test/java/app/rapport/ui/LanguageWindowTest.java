package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.LanguagePreference;
import app.rapport.domain.language.Bundles;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Switching the language in the real window: the main areas answer to their translated names. */
class LanguageWindowTest extends WindowScenario {
    private static final String[] AREAS = {"todayArea:area.today", "contactsArea:area.contacts", "keepInTouchArea:area.keepInTouch",
            "ledgerArea:area.ledger", "networkArea:area.network", "dashboardArea:area.dashboard",
            "cardsArea:area.cards", "matrixArea:area.matrix", "reviewArea:area.review"};
    private final Locale original = Locale.getDefault();

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.contactRepository().insert(person("Борис", "Иванов").build());
            s.contactRepository().insert(person("มาลี", "เพชรรัตน์").build());
        });
        FxWait.until(() -> firstRow().equals("Anna Schmidt"));
    }

    @AfterEach
    void restoreLocale() throws Exception {
        quitRapport(); // before the language goes back, as the window always closed first
        Locale.setDefault(original);
    }

    private String firstRow() {
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        if (table.getItems().isEmpty() || !((ContactRow) table.getItems().get(0)).loaded()) {
            return "";
        }
        return ((ContactRow) table.getItems().get(0)).summary().displayName();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ru", "th"})
    @SuppressWarnings("unchecked")
    void theAreasAnswerToTheirTranslatedNames(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        clickOn("#languageAction");
        FxWait.until(() -> lookup("#languageChoice").tryQuery().isPresent());
        interact(() -> lookup("#languageChoice").queryAs(ComboBox.class).setValue(LanguagePreference.nameOf(locale)));
        interact(() -> {
            DialogPane pane = (DialogPane) lookup("#languageChoice").queryAs(ComboBox.class).getScene().getRoot();
            ((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        ResourceBundle words = Bundles.of(locale);
        FxWait.until(() -> lookup("#contactsArea").queryAs(Labeled.class).getText().equals(words.getString("area.contacts")));
        for (String area : AREAS) {
            String[] idAndKey = area.split(":");
            assertThat(lookup("#" + idAndKey[0]).queryAs(Labeled.class).getText()).as(area)
                    .isEqualTo(words.getString(idAndKey[1]));
        }
        // the database stayed open, its names now sorted the language's way (its own script first), and
        // the choice is kept for next time
        String first = Map.of("de", "Anna Schmidt", "ru", "Борис Иванов", "th", "มาลี เพชรรัตน์").get(language);
        FxWait.until(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 3 && firstRow().equals(first));
        assertThat(Files.readString(dir.resolve("data/preferences.properties"))).contains("language=" + language);
    }
}
