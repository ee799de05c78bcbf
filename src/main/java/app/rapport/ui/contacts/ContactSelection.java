package app.rapport.ui.contacts;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * The list's selected row follows the shown contact: choosing a row asks the workspace to leave the shown
 * contact first (and goes back when the user stays), a page arriving keeps the shown contact selected, and
 * a contact the list asked for after a reload is selected and scrolled to.
 */
final class ContactSelection {
    private final TableView<ContactRow> table;
    private final ContactsViewModel list;
    private final ContactsWorkspaceViewModel ws;
    /** While the selection is put back by code: that is not the user choosing a row. */
    private boolean restoring;
    /** A page arriving replaces its rows and the selection model drops them: the shown contact is selected again. */
    private final ListChangeListener<ContactRow> keepShown = change -> keepShownSelected();

    ContactSelection(TableView<ContactRow> table, ContactsViewModel list, ContactsWorkspaceViewModel ws) {
        this.table = table;
        this.list = list;
        this.ws = ws;
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || restoring || row.id() == ws.shownId()) {
                return;
            }
            long previous = ws.shownId();
            if (!ws.leave(() -> ws.open(row.id()))) {
                select(previous);
            }
        });
    }

    /**
     * Follows the pages of the table's new items. Called once the table has them: the selection model
     * drops a replaced row first, and then the shown contact is selected again.
     */
    void itemsShown(ContactListModel old, ContactListModel now) {
        if (old != null) {
            old.removeListener(keepShown);
        }
        now.addListener(keepShown);
    }

    private void keepShownSelected() {
        if (ws.shownId() != 0 && table.getSelectionModel().getSelectedItem() == null
                && list.itemsProperty().get().indexOfId(ws.shownId()) >= 0) {
            select(ws.shownId());
        }
    }

    /** Selects the contact the list asked for once it reloaded, and scrolls to it. */
    void selectPending() {
        Long id = list.selectAfterRefreshProperty().get();
        if (id == null) {
            return;
        }
        list.selectAfterRefreshProperty().set(null);
        int index = list.itemsProperty().get().indexOfId(id);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    /** Selects a contact's row without opening it (it is already shown); none when it is not in the list. */
    private void select(long id) {
        restoring = true;
        try {
            int index = list.itemsProperty().get().indexOfId(id);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            restoring = false;
        }
    }
}
