package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small icon buttons in a list's rows (Edit, Delete): named in words for the tooltip and screen readers. */
final class IconButtons {
    private IconButtons() {
    }

    static Button of(String icon, String key, Runnable action, I18n i18n) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.setAccessibleText(i18n.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
