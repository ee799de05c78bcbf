package app.rapport.ui.common;

import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.stage.Window;

/** Where a popup goes so that it stays inside its window (a 1280-pixel window, a field at its right edge). */
public final class PopupPlacement {
    private PopupPlacement() {
    }

    /**
     * The screen x for a popup {@code width} wide that would open at {@code wantedX}: moved left as
     * far as needed to end at the window's right edge, but never past its left edge.
     */
    public static double clampX(Window window, double wantedX, double width) {
        if (window == null || window.getWidth() <= 0) {
            return wantedX;
        }
        double right = window.getX() + window.getWidth();
        return Math.max(window.getX(), Math.min(wantedX, right - width));
    }

    /**
     * Keeps a menu button's menu inside the button's window: JavaFX keeps menus on the screen only, so
     * a button at the right edge of a 1280-pixel window on a wide screen opened its menu past the window.
     */
    public static void keepInside(MenuButton button) {
        button.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                Platform.runLater(() -> clamp(button)); // once the menu has its width
            }
        });
    }

    private static void clamp(MenuButton button) {
        if (button.getScene() == null) {
            return;
        }
        Window owner = button.getScene().getWindow();
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.getOwnerNode() == button && menu.isShowing()) {
                double x = clampX(owner, menu.getX(), menu.getWidth());
                if (x != menu.getX()) {
                    menu.setX(x);
                }
            }
        }
    }
}
