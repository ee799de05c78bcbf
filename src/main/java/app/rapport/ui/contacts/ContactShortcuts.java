package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Contacts keys: the window's shortcuts while Contacts is shown, Escape, and Delete and Enter in the
 * list. One spelling of each shortcut, for the key that does it and for the words that name it; what a
 * key decides is in {@link ContactsWorkspaceViewModel}.
 */
final class ContactShortcuts {
    static final String NEW_PERSON = "Shortcut+N";
    static final String NEW_ORGANISATION = "Shortcut+Shift+N";
    static final String SEARCH = "Shortcut+F";
    /** Also named by the timeline's Log button. */
    static final String LOG = "Shortcut+L";

    private final ContactsWorkspaceViewModel ws;
    private final ContactPane pane;
    private final TextField search;
    private final TableView<ContactRow> table;
    private final Map<String, Runnable> keys = new LinkedHashMap<>();
    private final EventHandler<KeyEvent> escape = this::onEscape;

    ContactShortcuts(ContactsWorkspaceViewModel ws, ContactPane pane, ContactTable list, TextField search,
                     TableView<ContactRow> table) {
        this.ws = ws;
        this.pane = pane;
        this.search = search;
        this.table = table;
        keys.put(NEW_PERSON, () -> pane.startNew(ContactKind.PERSON));
        keys.put(NEW_ORGANISATION, () -> pane.startNew(ContactKind.ORGANISATION));
        keys.put(SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
        keys.put("Shortcut+S", ws::save);
        keys.put("Shortcut+Z", ws::undo);
        keys.put(LOG, pane::quickLog);
        // in the list: Delete moves the selected contact to the trash, Enter goes to its form
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                list.trashSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pane.focusEditor();
                e.consume();
            }
        });
    }

    void install(Scene scene) {
        keys.forEach((key, action) -> scene.getAccelerators().put(KeyCombination.valueOf(key), action));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    void uninstall(Scene scene) {
        keys.keySet().forEach(key -> scene.getAccelerators().remove(KeyCombination.valueOf(key)));
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    /** Escape clears the search, reverts unsaved edits or abandons a new contact (the view-model decides which). */
    private void onEscape(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        Node focused = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        ContactsWorkspaceViewModel.Escape done = ws.escape(search.isFocused(), pane.contains(focused));
        if (done == ContactsWorkspaceViewModel.Escape.ABANDONED_NEW) {
            table.requestFocus();
        }
        if (done != ContactsWorkspaceViewModel.Escape.NOTHING) {
            e.consume();
        }
    }
}
