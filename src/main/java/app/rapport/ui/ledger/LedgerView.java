package app.rapport.ui.ledger;

import app.rapport.domain.LedgerOverview;
import app.rapport.domain.LedgerRow;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Placeholders;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Ledger area: three ranked tables; double-click a row to open the contact. */
public final class LedgerView {
    private final I18n i18n;
    private final VBox root = new VBox(8);

    public LedgerView(LedgerViewModel vm, I18n i18n, Consumer<Long> onOpen) {
        this.i18n = i18n;
        Label title = new Label(i18n.get("ledger.title"));
        title.getStyleClass().add("area-title");
        Label intro = new Label(i18n.get("ledger.intro"));
        intro.getStyleClass().add("result-count");
        intro.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        TableView<LedgerRow> referred = table("ledgerReferred", vm, onOpen);
        TableView<LedgerRow> owe = table("ledgerOwe", vm, onOpen);
        TableView<LedgerRow> onlyReceived = table("ledgerOnlyReceived", vm, onOpen);
        vm.overviewProperty().addListener((obs, old, o) -> show(o, referred, owe, onlyReceived));
        HBox tables = new HBox(12, section("ledger.referredMe", referred), section("ledger.iOweMost", owe),
                section("ledger.receivedWithoutGiving", onlyReceived));
        VBox.setVgrow(tables, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, error, tables);
        root.setPadding(new Insets(14));
    }

    private static void show(LedgerOverview o, TableView<LedgerRow> referred, TableView<LedgerRow> owe,
                             TableView<LedgerRow> onlyReceived) {
        referred.getItems().setAll(o.referredMe());
        owe.getItems().setAll(o.iOweMost());
        onlyReceived.getItems().setAll(o.receivedWithoutGiving());
    }

    private VBox section(String key, TableView<LedgerRow> table) {
        Label heading = new Label(i18n.get(key));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        VBox box = new VBox(6, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private TableView<LedgerRow> table(String id, LedgerViewModel vm, Consumer<Long> onOpen) {
        TableView<LedgerRow> table = new TableView<>();
        table.setId(id);
        Placeholders.whileLoading(table.placeholderProperty(), vm.loadedProperty(), i18n, "ledger.empty");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.rapport.ui.common.WholeWords.inHeaders(table);
        for (TableColumn<LedgerRow, String> c : List.of(
                column("kit.column.name", r -> r.flagged() ? r.name() + "  \u2691" : r.name()),
                column("ledger.given", r -> i18n.number(r.given())),
                column("ledger.received", r -> i18n.number(r.received())))) {
            table.getColumns().add(c);
        }
        table.getColumns().get(0).setPrefWidth(170);
        table.setRowFactory(t -> {
            TableRow<LedgerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().contactId());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<LedgerRow, String> column(String key, Function<LedgerRow, String> value) {
        TableColumn<LedgerRow, String> c = new TableColumn<>(i18n.get(key));
        c.setSortable(false);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        return c;
    }

    public Parent root() {
        return root;
    }
}
