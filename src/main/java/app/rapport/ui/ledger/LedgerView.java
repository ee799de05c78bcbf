package app.rapport.ui.ledger;

import app.rapport.domain.ledger.LedgerRow;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Placeholders;
import app.rapport.ui.common.WholeWords;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The Ledger area (LedgerView.fxml): three ranked tables; double-click a row to open the contact. */
public final class LedgerView {
    private final LedgerViewModel vm;
    private final I18n i18n;
    private final Parent root;

    @FXML private Label error;
    @FXML private TableView<LedgerRow> referred;
    @FXML private TableView<LedgerRow> owe;
    @FXML private TableView<LedgerRow> onlyReceived;

    public LedgerView(LedgerViewModel vm, I18n i18n, Consumer<Long> onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        for (TableView<LedgerRow> table : List.of(referred, owe, onlyReceived)) {
            bind(table, onOpen);
        }
        vm.overviewProperty().addListener((obs, old, o) -> {
            referred.getItems().setAll(o.referredMe());
            owe.getItems().setAll(o.iOweMost());
            onlyReceived.getItems().setAll(o.receivedWithoutGiving());
        });
    }

    private void bind(TableView<LedgerRow> table, Consumer<Long> onOpen) {
        Placeholders.whileLoading(table.placeholderProperty(), vm.loadedProperty(), i18n, "ledger.empty");
        WholeWords.inHeaders(table);
        show(table.getColumns().get(0), LedgerViewModel::name);
        show(table.getColumns().get(1), r -> i18n.number(r.given()));
        show(table.getColumns().get(2), r -> i18n.number(r.received()));
        table.setRowFactory(t -> {
            TableRow<LedgerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().contactId());
                }
            });
            return row;
        });
    }

    @SuppressWarnings("unchecked")
    private static void show(TableColumn<LedgerRow, ?> column, Function<LedgerRow, String> value) {
        ((TableColumn<LedgerRow, String>) column).setCellValueFactory(
                cd -> new SimpleStringProperty(value.apply(cd.getValue())));
    }

    public Parent root() {
        return root;
    }
}
