package app.rapport.testing;

import app.rapport.app.LanguagePreference;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** Language… in the sidebar: the language chosen by its own name, as the user picks it, and OK. */
public final class LanguageMenu {
    private final FxRobot robot;

    public LanguageMenu(FxRobot robot) {
        this.robot = robot;
    }

    /** Chooses a language and waits until the window is rebuilt in it (the Contacts area has its new name). */
    @SuppressWarnings("unchecked")
    public void choose(Locale language) throws Exception {
        robot.clickOn("#languageAction");
        FxWait.until(() -> robot.lookup("#languageChoice").tryQuery().isPresent());
        ComboBox<String> choice = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(LanguagePreference.nameOf(language)));
        Button ok = (Button) ((DialogPane) choice.getScene().getRoot()).lookupButton(ButtonType.OK);
        robot.clickOn(ok);
        String contacts = app.rapport.domain.language.Bundles.of(language).getString("area.contacts");
        FxWait.until(() -> robot.lookup("#languageChoice").tryQuery().isEmpty()
                && contacts.equals(robot.lookup("#contactsArea").queryAs(Labeled.class).getText()));
    }
}
