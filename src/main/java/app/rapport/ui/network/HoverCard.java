package app.rapport.ui.network;

import java.util.function.Function;
import javafx.scene.control.Tooltip;

/** The card beside the contact the mouse is over. */
final class HoverCard {
    private final NetworkCanvas canvas;
    private final Function<Long, String> text;
    private final Tooltip card = new Tooltip();

    HoverCard(NetworkCanvas canvas, Function<Long, String> text) {
        this.canvas = canvas;
        this.text = text;
    }

    void show(Long id) {
        if (id == null) {
            card.hide();
            return;
        }
        card.setText(text.apply(id));
        var p = canvas.screenPosition(id);
        if (p != null && canvas.getScene() != null) {
            var s = canvas.localToScreen(p.getX() + 14, p.getY() + 14);
            if (s != null) {
                card.show(canvas, s.getX(), s.getY());
            }
        }
    }
}
