package app.rapport.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A dialog of its own stage (import, merge, duplicates): modal to the window, in the window's look. */
public final class ModalStage {
    private ModalStage() {
    }

    public static void setUp(Stage stage, Window owner, Parent root, String title) {
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(scene);
    }
}
