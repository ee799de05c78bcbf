package app.rapport.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;

/** Content for a dialog without a header, which the theme otherwise puts against the dialog's left edge. */
public final class DialogContent {
    private DialogContent() {
    }

    /** Sets {@code node} as {@code dialog}'s content with the room a dialog with a header has. */
    public static void padded(Dialog<?> dialog, Node node) {
        StackPane box = new StackPane(node);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(13, 13, 0, 13));
        dialog.getDialogPane().setContent(box);
    }
}
