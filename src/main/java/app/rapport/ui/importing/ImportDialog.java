package app.rapport.ui.importing;

import app.rapport.io.importing.DateOrder;
import app.rapport.io.importing.FileFormat;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FilePrompts;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.ModalStage;
import app.rapport.ui.common.TextCells;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Import dialog: choose files, format and encoding; read the preview (counts, problems by file and
 * line, proposed merges to tick or untick); Import with a progress bar and Cancel. Binds and delegates
 * to {@link ImportViewModel}; its words come from {@link ImportWords}.
 */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final I18n i18n;
    private final ImportWords words;
    private final Stage stage = new Stage();

    @FXML private Button chooseButton;
    @FXML private Label filesLabel;
    @FXML private ComboBox<FileFormat> formatBox;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ComboBox<DateOrder> dateOrderBox;
    @FXML private ComboBox<String> countryBox;
    @FXML private Label countsLabel;
    @FXML private Label problemsTitle;
    @FXML private ListView<ProblemRow> problemList;
    @FXML private Label groupsLabel;
    @FXML private Label mergesTitle;
    @FXML private TableView<MergeRow> mergeTable;
    @FXML private TableColumn<MergeRow, Boolean> acceptColumn;
    @FXML private TableColumn<MergeRow, String> groupColumn;
    @FXML private TableColumn<MergeRow, String> recordColumn;
    @FXML private TableColumn<MergeRow, String> otherColumn;
    @FXML private TableColumn<MergeRow, String> whyColumn;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button importButton;
    @FXML private Button cancelButton;

    public ImportDialog(Window owner, ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.words = new ImportWords(i18n);
        ModalStage.setUp(stage, owner, FxmlView.load(this, i18n), i18n.get("import.title"));
        // closing the window while importing cancels; nothing half written is kept
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    @FXML
    private void initialize() {
        chooseButton.setOnAction(e -> choose());
        filesLabel.textProperty().bind(Bindings.createStringBinding(() -> words.files(vm.files()), vm.files()));
        choices(formatBox, ImportWords.FORMATS, words::format).bindBidirectional(vm.formatProperty());
        choices(encodingBox, ImportWords.ENCODINGS, words::encoding).bindBidirectional(vm.encodingProperty());
        choices(dateOrderBox, List.of(DateOrder.values()), o -> i18n.get("import.dates." + o.name()))
                .bindBidirectional(vm.dateOrderProperty());
        choices(countryBox, words.countries(), words::country).bindBidirectional(vm.homeCountryProperty());
        countsLabel.textProperty().bind(Bindings.createStringBinding(() -> words.counts(vm.countsProperty().get()),
                vm.countsProperty()));
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("import.problems", vm.problems().size()), vm.problems()));
        problemList.setItems(vm.problems());
        // no problems: one line says so, and the room goes to the decisions a user has to check
        problemList.prefHeightProperty().bind(Bindings.when(Bindings.isEmpty(vm.problems())).then(44).otherwise(150));
        problemList.minHeightProperty().bind(problemList.prefHeightProperty().divide(2));
        ImportCells cells = new ImportCells(words);
        cells.problems(problemList);
        cells.merges(mergeTable, acceptColumn, groupColumn, recordColumn, otherColumn, whyColumn);
        mergeTable.setItems(vm.merges());
        groupsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> words.groups(vm.countsProperty().get(), vm.merges()), vm.countsProperty(), vm.merges()));
        showWhile(groupsLabel, vm.countsProperty().isNotNull());
        showWhile(mergesTitle, Bindings.isNotEmpty(vm.merges()));
        showWhile(mergeTable, Bindings.isNotEmpty(vm.merges()));
        mergeTable.disableProperty().bind(vm.canImport().not());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.importing());
        statusLabel.textProperty().bind(Bindings.createStringBinding(
                () -> words.status(vm.stageProperty().get(), vm.outcomeProperty().get()), vm.stageProperty(),
                vm.outcomeProperty()));
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        importButton.disableProperty().bind(vm.canImport().not());
        importButton.setOnAction(e -> vm.importNow());
        cancelButton.textProperty().bind(Bindings.createStringBinding(
                () -> words.cancelButton(vm.stageProperty().get()), vm.stageProperty()));
        cancelButton.setOnAction(e -> {
            if (vm.cancelOrClose()) {
                stage.close();
            }
        });
        for (Node n : List.of(chooseButton, formatBox, encodingBox, dateOrderBox, countryBox)) {
            n.disableProperty().bind(vm.importing());
        }
    }

    /** The box offers {@code items} in words; its value, to bind. */
    private static <T> ObjectProperty<T> choices(ComboBox<T> box, List<T> items, Function<T, String> text) {
        box.getItems().setAll(items);
        TextCells.label(box, text);
        return box.valueProperty();
    }

    private static void showWhile(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    private void choose() {
        List<File> chosen = FilePrompts.openMany(stage, i18n.get("import.chooser.title"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.contacts"), "*.vcf", "*.vcard", "*.csv"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.all"), "*.*"));
        if (!chosen.isEmpty()) {
            vm.files().setAll(chosen.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }

    public void show() {
        stage.show();
    }

    public void showAndWait() {
        stage.showAndWait();
    }

    public Stage stage() {
        return stage;
    }
}
