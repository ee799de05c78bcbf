package app.rapport.ui.review;

import app.rapport.ui.review.ReviewViewModel.CadenceChoice;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The single keys of the Review area, which work anywhere in the window while the area is shown, and
 * the buttons that show their key: after a button too, the keys go on working (the area takes the focus back).
 */
final class ReviewKeys {
    private final ReviewViewModel vm;
    private final Parent root;
    private final Runnable log;
    private final Runnable open;
    private final EventHandler<KeyEvent> keys = this::onKeyPressed;
    private final EventHandler<KeyEvent> typed = this::onKeyTyped;
    /** The character of a key just used as a command must not land in a field the command opened. */
    private boolean swallowTyped;
    /** Whether Review is on screen with its keys installed. */
    private boolean shown;

    ReviewKeys(ReviewViewModel vm, Parent root, Runnable log, Runnable open) {
        this.vm = vm;
        this.root = root;
        this.log = log;
        this.open = open;
    }

    void install(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typed); // may still wait for a character (see below)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        shown = true;
    }

    void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        shown = false;
        if (!swallowTyped) {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
        // else the key that left Review (O opens the contact) still has its character to come: it is
        // swallowed here, not typed into the area now shown, and the filter goes with it
    }

    /** Pressing the button (its key shown in FXML) runs {@code command} and gives the keys back. */
    void action(Button button, Runnable command) {
        button.setOnAction(e -> {
            command.run();
            if (!vm.addingTagProperty().get()) {
                root.requestFocus();
            }
        });
    }

    private void onKeyPressed(KeyEvent e) {
        swallowTyped = false;
        if (e.isShortcutDown() || e.isAltDown() || root.getScene() == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            if (vm.cancel()) {
                e.consume();
            }
            return;
        }
        if (vm.addingTagProperty().get()) {
            return; // the tag field takes the keys; Enter adds
        }
        if (vm.choosingCadenceProperty().get()) {
            int n = digit(code);
            if (n >= 1 && n <= CadenceChoice.values().length) {
                vm.setCadence(CadenceChoice.values()[n - 1]);
                consume(e);
            }
            return;
        }
        if (e.getTarget() instanceof TextInputControl || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Runnable command = switch (code) {
            case L -> log;
            case C -> vm::chooseCadence;
            case T -> vm::startTag;
            case A -> vm::archive;
            case O -> open;
            case S, RIGHT -> vm::skip;
            case ENTER, R -> vm::markReviewed;
            case LEFT -> vm::back;
            case N -> vm::newRound;
            default -> null;
        };
        if (command != null) {
            consume(e);
            command.run();
        }
    }

    private void consume(KeyEvent e) {
        e.consume();
        swallowTyped = true;
    }

    private void onKeyTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
        if (!shown && e.getSource() instanceof Scene scene) {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }
}
