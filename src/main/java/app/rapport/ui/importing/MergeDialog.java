package app.rapport.ui.importing;

import app.rapport.service.duplicates.MergePreview;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.ModalStage;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Merge dialog: two contacts side by side and, field by field, what the kept one holds after the
 * merge; Swap keeps the other instead; Merge writes it. Binds and delegates to {@link MergeViewModel}.
 */
public final class MergeDialog {
    private final MergeViewModel vm;
    private final I18n i18n;
    private final LongConsumer onMerged;
    private final Stage stage = new Stage();

    @FXML private TableView<MergeViewModel.FieldRow> fieldTable;
    @FXML private Label movingLabel;
    @FXML private Label errorLabel;
    @FXML private Button swapButton;
    @FXML private Button mergeButton;
    @FXML private Button cancelButton;

    /** @param onMerged hears the kept contact's id once the merge is written */
    public MergeDialog(Window owner, MergeViewModel vm, I18n i18n, LongConsumer onMerged) {
        this.vm = vm;
        this.i18n = i18n;
        this.onMerged = onMerged;
        ModalStage.setUp(stage, owner, FxmlView.load(this, i18n), i18n.get("merge.title"));
    }

    @FXML
    private void initialize() {
        TableColumn<MergeViewModel.FieldRow, String> field = column("merge.column.field", r -> i18n.get(r.fieldKey()));
        field.setMaxWidth(160);
        fieldTable.getColumns().setAll(List.of(field,
                column("merge.column.keep", MergeViewModel.FieldRow::keep),
                column("merge.column.gone", MergeViewModel.FieldRow::gone),
                column("merge.column.merged", MergeViewModel.FieldRow::merged)));
        fieldTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fieldTable.setItems(vm.rows());
        movingLabel.textProperty().bind(Bindings.createStringBinding(() -> moving(vm.previewProperty().get()),
                vm.previewProperty()));
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        swapButton.setOnAction(e -> vm.swap());
        mergeButton.setOnAction(e -> vm.merge(kept -> {
            onMerged.accept(kept);
            stage.close();
        }));
        mergeButton.disableProperty().bind(vm.busyProperty().or(vm.previewProperty().isNull()));
        swapButton.disableProperty().bind(vm.busyProperty().or(vm.previewProperty().isNull()));
        cancelButton.setOnAction(e -> stage.close());
    }

    private TableColumn<MergeViewModel.FieldRow, String> column(String key,
                                                                Function<MergeViewModel.FieldRow, String> text) {
        TableColumn<MergeViewModel.FieldRow, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(text.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setWrapText(true);
            }
        });
        return c;
    }

    private String moving(MergePreview p) {
        return p == null ? "" : i18n.format("merge.moving", p.gone().displayName(), p.keep().displayName(),
                p.moving().ties(), p.moving().interactions(), p.moving().followUps());
    }

    /** Shows {@code goneId} merged into {@code keepId} and waits until the dialog closes. */
    public void showAndWait(long keepId, long goneId) {
        vm.load(keepId, goneId);
        stage.showAndWait();
    }

    public void show(long keepId, long goneId) {
        vm.load(keepId, goneId);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
