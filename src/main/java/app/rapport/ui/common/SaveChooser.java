package app.rapport.ui.common;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The "Save as" file chooser every export uses: a suggested name made safe for any file system, one type. */
public final class SaveChooser {
    private SaveChooser() {
    }

    /** @return the chosen file, or null when the user cancelled */
    public static File ask(Window owner, I18n i18n, String suggestedName, String typeName, String extension) {
        return FilePrompts.save(owner, i18n.get("cards.save.title"), suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_"),
                new FileChooser.ExtensionFilter(typeName, "*." + extension));
    }
}
