package app.rapport.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sidebar's buttons: an area (chosen one at a time, the arrows move along them) and a command at its foot. */
final class SidebarButtons {
    private SidebarButtons() {
    }

    /** An area's button in {@code box}; choosing it runs {@code onShow}. */
    static ToggleButton area(VBox box, ToggleGroup areas, String id, String label, String icon, Runnable onShow) {
        ToggleButton button = new ToggleButton(label, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("area-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setAccessibleText(label);
        button.setToggleGroup(areas);
        // an area stays chosen when clicked again, like a sidebar should
        button.setOnAction(e -> {
            button.setSelected(true);
            onShow.run();
        });
        // arrows move the focus along the sidebar; a toggle group would also highlight the next area
        // while the one on screen stays: the highlighted area is always the one shown
        button.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = switch (e.getCode()) {
                case UP, LEFT -> -1;
                case DOWN, RIGHT -> 1;
                default -> 0;
            };
            if (step != 0) {
                int next = box.getChildren().indexOf(button) + step;
                if (next >= 0 && next < box.getChildren().size()) {
                    box.getChildren().get(next).requestFocus();
                }
                e.consume();
            }
        });
        box.getChildren().add(button);
        return button;
    }

    /** A command (Import…, Backups…): it opens a dialog, not an area. */
    static void action(VBox box, String id, String label, String icon, Runnable action) {
        Button button = new Button(label, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "sidebar-action");
        button.setMaxWidth(Double.MAX_VALUE);
        // longer words in other languages wrap rather than being cut off
        button.setWrapText(true);
        button.setTooltip(new Tooltip(label));
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(e -> action.run());
        box.getChildren().add(button);
    }
}
