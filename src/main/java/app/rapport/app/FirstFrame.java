package app.rapport.app;

import app.rapport.ui.contacts.ContactListModel;
import app.rapport.ui.contacts.ContactsViewModel;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: after the first pulse that shows loaded rows in the list, prints a
 * marker with the heap in use, then quits.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void reportWhenShown(Scene scene, ContactsViewModel list) {
        boolean[] reported = {false};
        ChangeListener<ContactListModel> onItems = (obs, old, model) -> {
            if (model.isEmpty()) {
                return;
            }
            model.addListener((ListChangeListener<app.rapport.ui.contacts.ContactRow>) c -> {
                if (!reported[0] && model.get(0).loaded()) {
                    reported[0] = true;
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            System.gc();
                            Runtime rt = Runtime.getRuntime();
                            System.out.println(RapportApp.FIRST_FRAME_MARKER + " heapBytes="
                                    + (rt.totalMemory() - rt.freeMemory()));
                            System.out.flush();
                            Platform.exit();
                        }
                    });
                }
            });
        };
        list.itemsProperty().addListener(onItems);
    }
}
