package app.rapport.ui.network;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/** The map's own keys: + and − zoom, F or 0 fits, the arrows pan. */
final class MapKeys {
    private MapKeys() {
    }

    static EventHandler<KeyEvent> of(NetworkCanvas canvas) {
        return e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> canvas.zoomBy(1.25);
                case MINUS, SUBTRACT -> canvas.zoomBy(0.8);
                case F, DIGIT0 -> canvas.fit();
                case LEFT -> canvas.panBy(60, 0);
                case RIGHT -> canvas.panBy(-60, 0);
                case UP -> canvas.panBy(0, 60);
                case DOWN -> canvas.panBy(0, -60);
                default -> {
                    return;
                }
            }
            // the map's keys are the map's: an arrow left unconsumed moves the focus on to the lists
            e.consume();
        };
    }
}
