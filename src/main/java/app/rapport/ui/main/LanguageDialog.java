package app.rapport.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Settings ▸ language: the computer's language or one of those Rapport speaks, each named in itself. */
public final class LanguageDialog {
    /** The user's answer: {@code language} null means the computer's. */
    public record Choice(Locale language) {
    }

    private LanguageDialog() {
    }

    /**
     * Asks which language; empty when the user cancelled.
     *
     * @param chosen the language chosen now, or null for the computer's
     */
    public static Optional<Choice> ask(Window owner, app.rapport.ui.common.I18n i18n, List<Locale> supported,
            Function<Locale, String> nameOf, Locale chosen) {
        List<String> names = new ArrayList<>();
        names.add(i18n.get("language.system"));
        supported.forEach(l -> names.add(nameOf.apply(l)));
        String selected = chosen == null ? names.get(0) : nameOf.apply(chosen);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(selected, names);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("language.title"));
        dialog.setHeaderText(i18n.get("language.header"));
        dialog.setContentText(i18n.get("language.label"));
        dialog.getDialogPane().lookup(".combo-box").setId("languageChoice");
        // JavaFX's own Cancel is English in Russian and Thai; OK reads the same in every language
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(name -> {
            int index = names.indexOf(name);
            return new Choice(index <= 0 ? null : supported.get(index - 1));
        });
    }
}
