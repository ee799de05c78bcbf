package app.rapport.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Opens a large dialog at a useful size, within the screen, even where no window manager sizes it. */
public final class DialogSize {
    private DialogSize() {
    }

    public static void onShow(Dialog<?> dialog, double width, double height) {
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.setOnShown(e -> {
            resize(dialog, width, height);
            // a modal dialog sizes itself to its scene once more after it is shown: size it after that too
            javafx.application.Platform.runLater(() -> resize(dialog, width, height));
        });
    }

    /**
     * Fits the dialog to its content again whenever {@code change} changes, e.g. when a row is shown
     * or hidden: a shown dialog keeps its size otherwise, and the new row is cut off at the bottom.
     */
    public static void refitOn(Dialog<?> dialog, javafx.beans.Observable change) {
        change.addListener(o -> javafx.application.Platform.runLater(() -> {
            if (dialog.isShowing() && dialog.getDialogPane().getScene() != null) {
                Window window = dialog.getDialogPane().getScene().getWindow();
                if (window != null) {
                    window.sizeToScene();
                }
            }
        }));
    }

    private static void resize(Dialog<?> dialog, double width, double height) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        var bounds = Screen.getPrimary().getVisualBounds();
        if (window.getWidth() < Math.min(width, bounds.getWidth() - 40)) {
            window.setWidth(Math.min(width, bounds.getWidth() - 40));
            window.setHeight(Math.min(height + 40, bounds.getHeight() - 40));
            window.centerOnScreen();
        }
    }
}
