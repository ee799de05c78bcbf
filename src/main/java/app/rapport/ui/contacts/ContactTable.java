package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.SortField;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.WholeWords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The contacts list as a table, and what it says when empty. The cells are {@link ContactColumns}, the order
 * {@link ContactSortOrder}, the widths {@link ColumnWidths}, the selected row {@link ContactSelection}.
 */
final class ContactTable {
    /** The text columns' names, in the order they are given: kept between runs, the same in every version. */
    private static final List<String> NAMES = List.of("name", "organisation", "email", "phone", "city", "last", "due",
            "score", "updated");

    private final TableView<ContactRow> table;
    private final ContactsViewModel list;
    private final ContactsWorkspaceViewModel ws;
    private final ContactSelection selection;
    private final I18n i18n;
    private final ColumnWidths widths;
    private final ContactSortOrder sortOrder;

    ContactTable(TableView<ContactRow> table, TableColumn<ContactRow, ContactRow> kindColumn,
                 List<TableColumn<ContactRow, String>> columns, ContactsViewModel list,
                 ContactsWorkspaceViewModel ws, I18n i18n) {
        this.table = table;
        this.list = list;
        this.ws = ws;
        this.i18n = i18n;
        Map<String, TableColumn<ContactRow, String>> named = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            named.put(NAMES.get(i), columns.get(i));
        }
        this.widths = new ColumnWidths(table, named);
        ContactColumns cells = new ContactColumns(i18n, list.thumbnails());
        cells.rows(table);
        cells.kind(kindColumn);
        cells.text(named.get("name"), ContactSummary::displayName, true);
        cells.text(named.get("organisation"), cells::organisation, false);
        cells.text(named.get("email"), ContactSummary::email, false);
        cells.text(named.get("phone"), ContactSummary::phone, false);
        cells.text(named.get("city"), ContactSummary::locality, false);
        cells.text(named.get("last"), s -> i18n.shortDate(s.lastInteraction()), false);
        cells.text(named.get("due"), s -> i18n.shortDate(s.nextDue()), false);
        cells.text(named.get("score"), cells::score, false);
        cells.text(named.get("updated"), s -> i18n.shortDate(s.updatedAt()), false);
        this.sortOrder = new ContactSortOrder(table, list, Map.of(named.get("name"), SortField.NAME,
                named.get("organisation"), SortField.ORGANISATION, named.get("email"), SortField.EMAIL,
                named.get("phone"), SortField.PHONE, named.get("updated"), SortField.UPDATED,
                named.get("last"), SortField.LAST_INTERACTION, named.get("due"), SortField.NEXT_DUE,
                named.get("score"), SortField.SCORE));
        this.selection = new ContactSelection(table, list, ws);
        setUp();
    }

    private void setUp() {
        // until the first query answers the list is not known to be empty
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        WholeWords.inHeaders(table); // "Телефон", not "Теле…", in a 1280-pixel window
        table.setItems(list.itemsProperty().get());
        selection.itemsShown(null, list.itemsProperty().get());
        list.itemsProperty().addListener((obs, old, now) -> {
            sortOrder.replacing(() -> {
                table.setItems(now);
                selection.itemsShown(old, now);
            });
            table.setPlaceholder(new Label(i18n.format(list.emptyKey(), i18n.keys(ContactShortcuts.NEW_PERSON))));
            selection.selectPending();
        });
    }

    ColumnWidths widths() {
        return widths;
    }

    /** The selected contact, when its row has loaded: its id, else 0. */
    long selectedId() {
        ContactRow row = table.getSelectionModel().getSelectedItem();
        return row != null && row.loaded() ? row.id() : 0;
    }

    String selectedName() {
        ContactRow row = table.getSelectionModel().getSelectedItem();
        return row != null && row.loaded() ? row.summary().displayName() : null;
    }

    /** The contact after the selected one, to keep the cursor in place after a deletion; null at the end. */
    Long nextAfterSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        return index >= 0 && index + 1 < table.getItems().size() ? table.getItems().get(index + 1).id() : null;
    }

    /** The selected row's contact, loaded or not; null when none is selected. */
    Long selectedRow() {
        ContactRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.id();
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    /** Moves the selected contact to the trash (Delete in the list). */
    void trashSelected() {
        ws.trash(selectedId(), selectedName(), nextAfterSelected());
    }

    /** Shows a contact's row anew (its score was just computed). */
    void reloadRow(long id) {
        list.itemsProperty().get().reload(id, table::refresh);
    }
}
