package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.SortField;
import app.rapport.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The contacts list as a table: its cells, the sort order shown from the SQL query (the table never
 * sorts), the selected row kept on the shown contact while pages arrive, and the columns' widths kept
 * between runs. Choosing a row asks the workspace to leave the shown contact first.
 */
final class ContactTable {
    private final TableView<ContactRow> table;
    private final TableColumn<ContactRow, ContactRow> kindColumn;
    /** The resizable columns by a name that stays the same across versions and languages. */
    private final Map<String, TableColumn<ContactRow, String>> named;
    private final ContactsViewModel list;
    private final ContactsWorkspaceViewModel ws;
    private final I18n i18n;
    private final Runnable onEnter;
    private boolean restoringSelection;
    /** While the table's items are replaced or its sort order shown: the sort policy does nothing. */
    private boolean replacingItems;
    private Map<TableColumn<ContactRow, ?>, SortField> sortFields = Map.<TableColumn<ContactRow, ?>, SortField>of();

    /** The text columns' names, in the order they are given: kept between runs, the same in every version. */
    private static final List<String> NAMES = List.of("name", "organisation", "email", "phone", "city", "last", "due",
            "score", "updated");

    ContactTable(TableView<ContactRow> table, TableColumn<ContactRow, ContactRow> kindColumn,
                 List<TableColumn<ContactRow, String>> columns, ContactsViewModel list,
                 ContactsWorkspaceViewModel ws, I18n i18n, Runnable onEnter) {
        this.table = table;
        this.kindColumn = kindColumn;
        this.named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            named.put(NAMES.get(i), columns.get(i));
        }
        this.list = list;
        this.ws = ws;
        this.i18n = i18n;
        this.onEnter = onEnter;
        setUp();
    }

    private TableColumn<ContactRow, String> column(String name) {
        return named.get(name);
    }

    private void setUp() {
        // until the first query answers the list is not known to be empty
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.rapport.ui.common.WholeWords.inHeaders(table); // "Телефон", not "Теле…", in a 1280-pixel window
        table.setItems(list.itemsProperty().get());
        list.itemsProperty().get().addListener(keepSelection);
        list.itemsProperty().addListener((obs, old, now) -> {
            // a new list of items clears the table's sort order; it is shown again from the query's order,
            // and the sort policy is told to ignore both steps (they would run the query by name again)
            if (old != null) {
                old.removeListener(keepSelection);
            }
            replacingItems = true;
            try {
                table.setItems(now);
                now.addListener(keepSelection);
                showSortOrder();
            } finally {
                replacingItems = false;
            }
            boolean searching = !list.searchTextProperty().get().isBlank() || list.kindFilterProperty().get() != null
                    || list.tagFilterProperty().get() != null;
            table.setPlaceholder(new Label(searching ? i18n.get("contacts.noMatch")
                    : i18n.format("contacts.empty", i18n.keys(ContactsView.NEW_PERSON))));
            selectPending();
        });

        kindColumn.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        kindColumn.setCellFactory(c -> new TableCell<>() {
            private final FontIcon person = new FontIcon("mdi2a-account-outline");
            private final FontIcon org = new FontIcon("mdi2d-domain");
            private final javafx.scene.image.ImageView avatar = avatar();

            {
                // a photo that arrives after the row was drawn
                list.thumbnails().arrivalsProperty().addListener((obs, was, now) -> updateItem(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.loaded()) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                ContactKind kind = row.summary().kind();
                if (row.summary().flagged()) {
                    // the flag shows wherever the contact appears (protect your capital)
                    FontIcon flag = new FontIcon("mdi2f-flag");
                    flag.getStyleClass().add("flag-icon");
                    setGraphic(flag);
                    setAccessibleText(i18n.get("kind." + kind.name()) + ", " + i18n.get("flag.badge"));
                    return;
                }
                javafx.scene.image.Image photo = list.thumbnails().get(row.id());
                if (photo != null) {
                    avatar.setImage(photo);
                    setGraphic(avatar);
                    setAccessibleText(i18n.get("kind." + kind.name()) + ", " + i18n.get("contacts.photo"));
                    return;
                }
                setGraphic(kind == ContactKind.PERSON ? person : org);
                setAccessibleText(i18n.get("kind." + kind.name()));
            }
        });
        kindColumn.setSortable(false);
        text(column("name"), ContactSummary::displayName, true);
        // an organisation's own name is in the Name column; here it says what kind it is
        text(column("organisation"), s -> s.kind() == ContactKind.PERSON ? s.organisation()
                : i18n.get("orgKind." + s.orgKind()), false);
        text(column("email"), ContactSummary::email, false);
        text(column("phone"), ContactSummary::phone, false);
        text(column("city"), ContactSummary::locality, false);
        text(column("last"), s -> i18n.shortDate(s.lastInteraction()), false);
        text(column("due"), s -> i18n.shortDate(s.nextDue()), false);
        text(column("score"), s -> s.score() == null ? "" : i18n.number(s.score()), false);
        text(column("updated"), s -> i18n.shortDate(s.updatedAt()), false);
        table.setTableMenuButtonVisible(true); // the user chooses which columns to see

        sortFields = Map.<TableColumn<ContactRow, ?>, SortField>of(column("name"), SortField.NAME,
                column("organisation"), SortField.ORGANISATION, column("email"), SortField.EMAIL,
                column("phone"), SortField.PHONE, column("updated"), SortField.UPDATED, column("last"), SortField.LAST_INTERACTION,
                column("due"), SortField.NEXT_DUE, column("score"), SortField.SCORE);
        showSortOrder();
        // the table never sorts its items: a new sort order is a new SQL query
        table.setSortPolicy(t -> {
            if (replacingItems) {
                return true;
            }
            if (t.getSortOrder().isEmpty()) {
                list.sortBy(SortField.NAME, true);
            } else {
                TableColumn<ContactRow, ?> first = t.getSortOrder().get(0);
                list.sortBy(sortFields.getOrDefault(first, SortField.NAME),
                        first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"),
                        !empty && row != null && row.loaded() && row.summary().archived());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || restoringSelection || row.id() == ws.shownId()) {
                return;
            }
            long previous = ws.shownId();
            if (!ws.leave(() -> ws.open(row.id()))) {
                reselect(previous);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                trashSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                onEnter.run();
                e.consume();
            }
        });
    }

    /** Shows the query's order as the sorted column and its arrow, without sorting anything. */
    private void showSortOrder() {
        boolean was = replacingItems;
        replacingItems = true;
        try {
            sortFields.entrySet().stream().filter(e -> e.getValue() == list.sortField()).findFirst()
                    .ifPresent(e -> {
                        TableColumn<ContactRow, ?> column = e.getKey();
                        column.setSortType(list.ascending() ? TableColumn.SortType.ASCENDING
                                : TableColumn.SortType.DESCENDING);
                        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
                            table.getSortOrder().setAll(List.of(column));
                        }
                    });
        } finally {
            replacingItems = was;
        }
    }

    /**
     * A page arriving replaces its rows, and the selection model drops a selected row selected before
     * its page came (the rows differ): the shown contact is selected again.
     */
    private final javafx.collections.ListChangeListener<ContactRow> keepSelection = change -> keepShownSelected();

    private void keepShownSelected() {
        if (ws.shownId() == 0 || table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        int index = list.itemsProperty().get().indexOfId(ws.shownId());
        if (index >= 0) {
            restoringSelection = true;
            try {
                table.getSelectionModel().clearAndSelect(index);
            } finally {
                restoringSelection = false;
            }
        }
    }

    /** A contact's small photo in the kind column: round, the size of a line. */
    private static javafx.scene.image.ImageView avatar() {
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView();
        view.setFitWidth(22);
        view.setFitHeight(22);
        view.setSmooth(true);
        view.getStyleClass().add("contact-avatar");
        view.setClip(new javafx.scene.shape.Circle(11, 11, 11));
        return view;
    }

    private void text(TableColumn<ContactRow, String> column, Function<ContactSummary, String> value, boolean first) {
        column.setCellValueFactory(cd -> {
            ContactRow row = cd.getValue();
            if (row != null && row.unreadable()) {
                return new SimpleStringProperty(first ? i18n.get("contacts.unreadable") : "");
            }
            if (row == null || !row.loaded()) {
                return new SimpleStringProperty(first ? i18n.get("contacts.loading") : "");
            }
            return new SimpleStringProperty(value.apply(row.summary()));
        });
    }

    // one spelling of each shortcut, for the key that does it and for the words that name it

    void selectPending() {
        Long id = list.selectAfterRefreshProperty().get();
        if (id == null) {
            return;
        }
        list.selectAfterRefreshProperty().set(null);
        ContactListModel items = list.itemsProperty().get();
        int index = items.indexOfId(id);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private void reselect(long id) {
        restoringSelection = true;
        try {
            int index = list.itemsProperty().get().indexOfId(id);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            restoringSelection = false;
        }
    }

    /** The columns' widths as the user left them, by name, to keep between runs. */
    Map<String, Double> columnWidths() {
        Map<String, Double> widths = new java.util.LinkedHashMap<>();
        named.forEach((name, column) -> widths.put(name, column.getWidth()));
        return widths;
    }

    /**
     * Gives the columns the widths kept from the last run, once the table knows how wide it is: widths from
     * a wider window are narrowed to fit, so every column stays in sight. Names this version does not know
     * are ignored.
     */
    void restoreColumnWidths(Map<String, Double> widths) {
        if (table.getWidth() > 0) {
            fitColumnWidths(widths);
            return;
        }
        table.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    table.widthProperty().removeListener(this);
                    fitColumnWidths(widths);
                }
            }
        });
    }

    private void fitColumnWidths(Map<String, Double> widths) {
        List<TableColumn<ContactRow, ?>> columns = new ArrayList<>();
        List<Double> wanted = new ArrayList<>();
        named.forEach((name, column) -> {
            Double width = widths.get(name);
            if (width != null && column.isVisible()) {
                columns.add(column);
                wanted.add(width);
            } else if (width != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), width)); // fitted when the user shows it
            }
        });
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - 20; // the vertical scroll bar
        for (TableColumn<ContactRow, ?> other : table.getVisibleLeafColumns()) {
            if (!columns.contains(other)) {
                room -= other.getWidth();
            }
        }
        double[] fitted = app.rapport.ui.common.ColumnFit.fit(wanted.stream().mapToDouble(Double::doubleValue).toArray(),
                columns.stream().mapToDouble(TableColumn::getMinWidth).toArray(), room);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(fitted[i]);
        }
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

    private void trashSelected() {
        long id = selectedId();
        if (id != 0) {
            ws.trash(id, selectedName(), nextAfterSelected());
        }
    }

    /** Shows a contact's row anew (its score was just computed). */
    void reloadRow(long id) {
        list.itemsProperty().get().reload(id, table::refresh);
    }

    /** Runs {@code changed} whenever the user resizes a column. */
    void onColumnWidthsChanged(Runnable changed) {
        named.values().forEach(column -> column.widthProperty().addListener((obs, old, w) -> changed.run()));
    }
}
