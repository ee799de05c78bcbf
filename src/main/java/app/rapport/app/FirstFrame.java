package app.rapport.app;

import app.rapport.ui.contacts.ContactListModel;
import app.rapport.ui.contacts.ContactsViewModel;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: after the first pulse that shows the first area's data (Today's lanes, or
 * loaded rows in the contact list), prints a marker with the heap in use, then quits.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** When the window opens on Contacts: the first pulse that shows a loaded row of the list. */
    static void reportWhenShown(Scene scene, ContactsViewModel list) {
        boolean[] reported = {false};
        ChangeListener<ContactListModel> onItems = (obs, old, model) -> {
            if (model.isEmpty()) {
                return;
            }
            model.addListener((ListChangeListener<app.rapport.ui.contacts.ContactRow>) c -> {
                if (!reported[0] && model.get(0).loaded()) {
                    reported[0] = true;
                    reportAfterPulse(scene);
                }
            });
        };
        list.itemsProperty().addListener(onItems);
    }

    /** When the window opens on Today: the first pulse after its lanes are loaded. */
    static void reportWhenLoaded(Supplier<Scene> scene, ReadOnlyBooleanProperty loaded) {
        loaded.addListener((obs, was, is) -> {
            if (is && !was) {
                reportAfterPulse(scene.get());
            }
        });
    }

    private static void reportAfterPulse(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.println(RapportApp.FIRST_FRAME_MARKER + " heapBytes=" + (rt.totalMemory() - rt.freeMemory()));
                System.out.flush();
                Platform.exit();
            }
        });
    }
}
