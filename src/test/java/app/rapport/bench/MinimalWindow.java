package app.rapport.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The start-up floor: the least a JavaFX window can do, a label in a window of Rapport's size. */
public final class MinimalWindow extends Application {
    public static final String MARKER = "MINIMAL_FIRST_FRAME";

    /** A main class that is not an Application, as the java launcher wants with JavaFX on the classpath. */
    public static final class Start {
        private Start() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1280, 800);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.println(MARKER + " heapBytes=" + (rt.totalMemory() - rt.freeMemory()));
                System.out.flush();
                Platform.exit();
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
