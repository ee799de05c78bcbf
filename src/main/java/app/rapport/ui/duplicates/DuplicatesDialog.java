package app.rapport.ui.duplicates;

import app.rapport.service.duplicates.DuplicatePair;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.ModalStage;
import app.rapport.ui.common.I18n;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Find duplicates dialog: the pairs that may be one contact with why and their score; Merge… opens
 * the merge (every value of both kept), Not a duplicate remembers the pair. Binds and delegates to
 * {@link DuplicatesViewModel}.
 */
public final class DuplicatesDialog {
    /** Opens the merge of two contacts over {@code owner}; {@code onMerged} runs once it is written. */
    @FunctionalInterface
    public interface Merger {
        void merge(Window owner, long keepId, long goneId, Runnable onMerged);
    }

    private final DuplicatesViewModel vm;
    private final I18n i18n;
    private final Merger merger;
    private final Stage stage = new Stage();

    @FXML private ListView<DuplicatePair> pairList;
    @FXML private VBox loadingBox;
    @FXML private Label emptyLabel;
    @FXML private Label errorLabel;
    @FXML private Button notDuplicateButton;
    @FXML private Button mergePairButton;
    @FXML private Button closeButton;

    public DuplicatesDialog(Window owner, DuplicatesViewModel vm, I18n i18n, Merger merger) {
        this.vm = vm;
        this.i18n = i18n;
        this.merger = merger;
        ModalStage.setUp(stage, owner, FxmlView.load(this, i18n), i18n.get("duplicates.title"));
    }

    @FXML
    private void initialize() {
        pairList.setItems(vm.pairs());
        pairList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicatePair pair, boolean empty) {
                super.updateItem(pair, empty);
                setText(empty || pair == null ? null : text(pair));
                setWrapText(true);
                setPrefWidth(0); // wraps to the list's width instead of widening it
            }
        });
        // the list and the view-model's choice follow each other
        pairList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> select(now));
        select(vm.selectedProperty().get());
        pairList.visibleProperty().bind(vm.stateProperty().isEqualTo(DuplicatesViewModel.State.LIST));
        loadingBox.visibleProperty().bind(vm.stateProperty().isEqualTo(DuplicatesViewModel.State.LOADING));
        emptyLabel.visibleProperty().bind(vm.stateProperty().isEqualTo(DuplicatesViewModel.State.EMPTY));
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        notDuplicateButton.disableProperty().bind(Bindings.not(vm.canActProperty()));
        mergePairButton.disableProperty().bind(Bindings.not(vm.canActProperty()));
        notDuplicateButton.setOnAction(e -> vm.notDuplicate());
        mergePairButton.setOnAction(e -> {
            DuplicatePair pair = vm.selectedProperty().get();
            if (pair != null) {
                merger.merge(stage, pair.firstId(), pair.secondId(), vm::merged);
            }
        });
        closeButton.setOnAction(e -> stage.close());
    }

    private void select(DuplicatePair pair) {
        if (pair == null) {
            pairList.getSelectionModel().clearSelection();
        } else if (pairList.getSelectionModel().getSelectedItem() != pair) {
            pairList.getSelectionModel().select(pair);
        }
    }

    /** "Anna Weber — Anna Weber · same email anna@weber.example; same name anna weber · score 90" */
    private String text(DuplicatePair pair) {
        String why = pair.match().found().stream()
                .map(f -> i18n.format("import.evidence." + f.evidence().name(), f.detail()))
                .collect(Collectors.joining("; "));
        return i18n.format("duplicates.pair", pair.firstName(), pair.secondName(), why, pair.match().score());
    }

    /** Searches and shows the dialog; returns once it is closed. */
    public void showAndWait() {
        vm.load();
        stage.showAndWait();
    }

    public Stage stage() {
        return stage;
    }
}
