package app.rapport.ui.importing;

import app.rapport.ui.common.TextCells;
import app.rapport.io.importing.FileFormat;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.Matcher;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FilePrompts;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.ModalStage;
import app.rapport.ui.common.I18n;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Import dialog: choose files, format and encoding; read the preview (counts, problems by file and
 * line, proposed merges to tick or untick); Import with a progress bar and Cancel. Binds and delegates
 * to {@link ImportViewModel}.
 */
public final class ImportDialog {
    /** the encodings contact files come in: Western, Central European, Cyrillic, Greek, Japanese, Chinese, Thai */
    private static final List<Charset> ENCODINGS = Arrays.asList(null, StandardCharsets.UTF_8,
            StandardCharsets.UTF_16, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1250"), Charset.forName("windows-1251"), Charset.forName("KOI8-R"),
            Charset.forName("windows-1253"), Charset.forName("Shift_JIS"), Charset.forName("EUC-JP"),
            Charset.forName("GBK"), Charset.forName("Big5"), Charset.forName("EUC-KR"), Charset.forName("x-windows-874"));

    private final ImportViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();

    @FXML private Button chooseButton;
    @FXML private Label filesLabel;
    @FXML private ComboBox<FileFormat> formatBox;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ComboBox<app.rapport.io.importing.DateOrder> dateOrderBox;
    @FXML private ComboBox<String> countryBox;
    @FXML private Label countsLabel;
    @FXML private Label problemsTitle;
    @FXML private ListView<ProblemRow> problemList;
    @FXML private Label groupsLabel;
    @FXML private Label mergesTitle;
    @FXML private TableView<MergeRow> mergeTable;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button importButton;
    @FXML private Button cancelButton;

    public ImportDialog(Window owner, ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        ModalStage.setUp(stage, owner, FxmlView.load(this, i18n), i18n.get("import.title"));
        // closing the window while importing cancels; nothing half written is kept
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    @FXML
    private void initialize() {
        chooseButton.setOnAction(e -> choose());
        filesLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.files().isEmpty()
                ? i18n.get("import.files.none")
                : vm.files().stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", ")),
                vm.files()));
        formatBox.getItems().setAll(FileFormat.AUTO, FileFormat.VCARD, FileFormat.GOOGLE_CSV, FileFormat.OUTLOOK_CSV,
                FileFormat.LINKEDIN_CSV, FileFormat.THUNDERBIRD_CSV);
        TextCells.label(formatBox, f -> i18n.get("import.format." + f.name()));
        formatBox.valueProperty().bindBidirectional(vm.formatProperty());
        encodingBox.getItems().setAll(ENCODINGS);
        TextCells.label(encodingBox, c -> c == null ? i18n.get("import.encoding.auto") : c.displayName());
        encodingBox.valueProperty().bindBidirectional(vm.encodingProperty());
        dateOrderBox.getItems().setAll(app.rapport.io.importing.DateOrder.values());
        TextCells.label(dateOrderBox, o -> i18n.get("import.dates." + o.name()));
        dateOrderBox.valueProperty().bindBidirectional(vm.dateOrderProperty());
        countryBox.getItems().setAll(countries());
        TextCells.label(countryBox, c -> c == null ? i18n.get("import.country.auto")
                : new java.util.Locale("", c).getDisplayCountry(i18n.locale()) + " (" + c + ")");
        countryBox.valueProperty().bindBidirectional(vm.homeCountryProperty());
        countsLabel.textProperty().bind(Bindings.createStringBinding(() -> counts(vm.countsProperty().get()),
                vm.countsProperty()));
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("import.problems", vm.problems().size()), vm.problems()));
        problemList.setItems(vm.problems());
        problemList.setPlaceholder(new Label(i18n.get("import.problems.none")));
        // no problems: one line says so, and the room goes to the decisions a user has to check
        problemList.prefHeightProperty().bind(Bindings.when(Bindings.isEmpty(vm.problems())).then(44).otherwise(150));
        problemList.minHeightProperty().bind(problemList.prefHeightProperty().divide(2));
        problemList.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // wrap within the list's width rather than run off to the right
            }

            @Override
            protected void updateItem(ProblemRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.where() + ": " + i18n.format(p.messageKey(), p.args()));
                setWrapText(true);
                getStyleClass().remove("field-error");
                if (!empty && p != null && p.skipped()) {
                    getStyleClass().add("field-error");
                }
            }
        });
        mergeColumns();
        groupsLabel.textProperty().bind(Bindings.createStringBinding(this::groups, vm.countsProperty(), vm.merges()));
        groupsLabel.visibleProperty().bind(vm.countsProperty().isNotNull());
        groupsLabel.managedProperty().bind(groupsLabel.visibleProperty());
        mergesTitle.visibleProperty().bind(Bindings.isNotEmpty(vm.merges()));
        mergesTitle.managedProperty().bind(mergesTitle.visibleProperty());
        mergeTable.visibleProperty().bind(Bindings.isNotEmpty(vm.merges()));
        mergeTable.managedProperty().bind(mergeTable.visibleProperty());
        mergeTable.disableProperty().bind(vm.canImport().not());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.importing());
        statusLabel.textProperty().bind(Bindings.createStringBinding(this::status, vm.stageProperty(),
                vm.outcomeProperty()));
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        importButton.disableProperty().bind(vm.canImport().not());
        importButton.setOnAction(e -> vm.importNow());
        cancelButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                vm.stageProperty().get() == ImportViewModel.Stage.DONE ? "import.close" : "import.cancel"),
                vm.stageProperty()));
        cancelButton.setOnAction(e -> {
            if (vm.stageProperty().get() == ImportViewModel.Stage.IMPORTING) {
                vm.cancel();
            } else {
                stage.close();
            }
        });
        chooseButton.disableProperty().bind(vm.importing());
        formatBox.disableProperty().bind(vm.importing());
        encodingBox.disableProperty().bind(vm.importing());
        dateOrderBox.disableProperty().bind(vm.importing());
        countryBox.disableProperty().bind(vm.importing());
    }

    /** null (the settings' country) first, then every country by its name in the user's language */
    private List<String> countries() {
        java.util.List<String> codes = new java.util.ArrayList<>(List.of(java.util.Locale.getISOCountries()));
        java.text.Collator order = java.text.Collator.getInstance(i18n.locale());
        codes.sort((a, b) -> order.compare(new java.util.Locale("", a).getDisplayCountry(i18n.locale()),
                new java.util.Locale("", b).getDisplayCountry(i18n.locale())));
        codes.add(0, null);
        return codes;
    }

    private void mergeColumns() {
        TableColumn<MergeRow, Boolean> accept = new TableColumn<>(i18n.get("import.column.merge"));
        accept.setCellValueFactory(cd -> cd.getValue().acceptedProperty());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setEditable(true);
        // as wide as its heading and no wider: the record, the match and the reason need the room
        javafx.scene.text.Text heading = new javafx.scene.text.Text(accept.getText());
        heading.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
        double acceptWidth = Math.max(70, Math.ceil(heading.getLayoutBounds().getWidth()) + 28);
        accept.setPrefWidth(acceptWidth);
        accept.setMaxWidth(acceptWidth);
        TableColumn<MergeRow, String> record = new TableColumn<>(i18n.get("import.column.record"));
        record.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().name() + " (" + cd.getValue().where() + ")"));
        TableColumn<MergeRow, String> other = new TableColumn<>(i18n.get("import.column.into"));
        other.setCellValueFactory(cd -> new SimpleStringProperty(i18n.format(cd.getValue().intoExisting()
                ? "import.into.existing" : "import.into.imported", cd.getValue().other())));
        TableColumn<MergeRow, String> group = new TableColumn<>(i18n.get("import.column.group"));
        group.setCellValueFactory(cd -> new SimpleStringProperty(i18n.get(cd.getValue().groupKey())));
        TableColumn<MergeRow, String> why = new TableColumn<>(i18n.get("import.column.why"));
        why.setCellValueFactory(cd -> new SimpleStringProperty(why(cd.getValue())));
        // what a user checks before a merge wraps, never "…"; the reason gets the room left
        for (TableColumn<MergeRow, String> c : List.of(group, record, other, why)) {
            c.setCellFactory(x -> new WrappingCell());
        }
        // fixed shares; the reason, last, takes what is left (the policy gives the rest to it)
        for (var c : List.of(group, record, other)) {
            c.setPrefWidth(165);
            c.setMaxWidth(165);
            c.setMinWidth(110);
        }
        mergeTable.getColumns().setAll(List.of(accept, group, record, other, why));
        mergeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mergeTable.setItems(vm.merges());
    }

    /** Text wrapped to its column; the row grows to its longest cell (LineByLineTableCellSkin). */
    private static final class WrappingCell extends TableCell<MergeRow, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
        }
    }

    /** The evidence in words ("same email anna@example.org; other birthday …"), then what the notes keep. */
    String why(MergeRow row) {
        List<String> parts = new java.util.ArrayList<>();
        row.evidence().forEach(f -> parts.add(i18n.format("import.evidence." + f.evidence().name(), f.detail())));
        row.kept().forEach(k -> parts.add(i18n.format("import.kept." + k.field().name(), k.value())));
        return String.join("; ", parts);
    }

    private String groups() {
        ImportCounts c = vm.countsProperty().get();
        if (c == null) {
            return "";
        }
        long strong = vm.merges().stream().filter(r -> r.decision() == Matcher.Decision.MERGE).count();
        long possible = vm.merges().size() - strong;
        return i18n.format("import.groups", strong, possible, c.toAdd());
    }

    private void choose() {
        List<File> chosen = FilePrompts.openMany(stage, i18n.get("import.chooser.title"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.contacts"), "*.vcf", "*.vcard", "*.csv"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.all"), "*.*"));
        if (!chosen.isEmpty()) {
            vm.files().setAll(chosen.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }

    private String counts(ImportCounts c) {
        return c == null ? "" : i18n.format("import.counts", c.toAdd(), c.toMerge(), c.toSkip(), c.organisationsToCreate());
    }

    private String status() {
        ImportOutcome o = vm.outcomeProperty().get();
        return switch (vm.stageProperty().get()) {
            case EMPTY, READY, FAILED -> "";
            case READING -> i18n.get("import.status.reading");
            case NOTHING -> i18n.get("import.status.nothing");
            case IMPORTING -> i18n.get("import.status.importing");
            case CANCELLED -> i18n.get("import.status.cancelled");
            case DONE -> i18n.format("import.status.done", o.added(), o.merged(), o.skipped(), o.organisationsCreated());
        };
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
