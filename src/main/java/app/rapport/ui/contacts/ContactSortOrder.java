package app.rapport.ui.contacts;

import app.rapport.domain.contacts.SortField;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The table never sorts its items: a click on a header is a new SQL query, and the query's order is shown
 * as the sorted column and its arrow.
 */
final class ContactSortOrder {
    private final TableView<ContactRow> table;
    private final ContactsViewModel list;
    private final Map<TableColumn<ContactRow, ?>, SortField> fields;
    /** While the table's items are replaced or its sort order shown: the sort policy does nothing. */
    private boolean replacing;

    ContactSortOrder(TableView<ContactRow> table, ContactsViewModel list, Map<TableColumn<ContactRow, ?>, SortField> fields) {
        this.table = table;
        this.list = list;
        this.fields = fields;
        show();
        table.setSortPolicy(t -> {
            if (replacing) {
                return true;
            }
            if (t.getSortOrder().isEmpty()) {
                list.sortBy(SortField.NAME, true);
            } else {
                TableColumn<ContactRow, ?> first = t.getSortOrder().get(0);
                list.sortBy(fields.getOrDefault(first, SortField.NAME),
                        first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    /**
     * Runs {@code step} (new items for the table, which clears its sort order) and shows the query's order
     * again; the sort policy ignores both (they would run the query by name again).
     */
    void replacing(Runnable step) {
        boolean was = replacing;
        replacing = true;
        try {
            step.run();
            fields.entrySet().stream().filter(e -> e.getValue() == list.sortField()).findFirst().ifPresent(e -> {
                TableColumn<ContactRow, ?> column = e.getKey();
                column.setSortType(list.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
                    table.getSortOrder().setAll(List.of(column));
                }
            });
        } finally {
            replacing = was;
        }
    }

    private void show() {
        replacing(() -> { });
    }
}
