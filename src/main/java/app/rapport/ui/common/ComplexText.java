package app.rapport.ui.common;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Gives every window of the application — the main one, dialogs, popups — the stylesheet that draws
 * wrapped Thai labels line by line ({@link LineByLineLabelSkin}), so no dialog is left with the JavaFX
 * bug that draws a wrapped Thai paragraph's first line to its very end.
 */
public final class ComplexText {
    private static final String STYLESHEET = Objects.requireNonNull(
            ComplexText.class.getResource("/app/rapport/ui/complex-text.css")).toExternalForm();

    private ComplexText() {
    }

    /** For every window open now and opened later; call once, on the FX thread. */
    public static void install() {
        Window.getWindows().forEach(ComplexText::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ComplexText::watch);
            }
        });
    }

    private static void watch(Window window) {
        addTo(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> addTo(scene));
    }

    /** Gives {@code scene} the stylesheet, once. */
    public static void addTo(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** Scripts that JavaFX shapes with Pango on Linux and that wrap inside a run: Thai, Lao, Myanmar, Khmer. */
    static boolean needsLineByLine(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= '\u0E00' && ch <= '\u0EFF') || (ch >= '\u1000' && ch <= '\u109F')
                    || (ch >= '\u1780' && ch <= '\u17FF')) {
                return true;
            }
        }
        return false;
    }
}
