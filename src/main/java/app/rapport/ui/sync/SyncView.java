package app.rapport.ui.sync;

import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The Sync dialog: binds {@link SyncViewModel}. */
public final class SyncView {
    private final SyncViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;
    /** Held here: a bidirectional binding holds its ends weakly. */
    private ObjectProperty<Integer> autoMinutesValue;
    private boolean copyingTags;

    @FXML private TextField server;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private CheckBox keepPassword;
    @FXML private TextField book;
    @FXML private Button findBooks;
    @FXML private CheckComboBox<String> outTags;
    @FXML private ComboBox<Integer> autoMinutes;
    @FXML private Button preview;
    @FXML private CheckBox confirmDeletes;
    @FXML private Button sync;
    @FXML private Button stop;
    @FXML private ProgressBar progress;
    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Button trust;
    @FXML private Button undoDeletes;
    @FXML private Label log;
    @FXML private javafx.scene.layout.HBox conflictsRow;
    @FXML private Label conflictsWaiting;
    @FXML private Button showConflicts;
    private final java.util.function.Consumer<Window> conflictsDialog;

    /** @param conflictsDialog opens the Conflicts dialog over the given window and waits */
    public SyncView(Window owner, SyncViewModel vm, I18n i18n, java.util.function.Consumer<Window> conflictsDialog) {
        this.vm = vm;
        this.i18n = i18n;
        this.conflictsDialog = conflictsDialog;
        dialog = FormDialog.closeOnly(owner, i18n, "sync.title");
        dialog.form(FxmlView.load(this, i18n));
        dialog.setResizable(true);
    }

    @FXML
    private void initialize() {
        server.textProperty().bindBidirectional(vm.serverProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        book.textProperty().bindBidirectional(vm.bookProperty());
        keepPassword.selectedProperty().bindBidirectional(vm.keepPasswordProperty());
        confirmDeletes.selectedProperty().bindBidirectional(vm.confirmDeletesProperty());
        bindOutTags();
        findBooks.disableProperty().bind(vm.canFindBooksBinding().not());
        findBooks.setOnAction(e -> vm.findBooks());
        // the books the server named, offered under the button; one click fills the field
        vm.books().addListener((ListChangeListener<String>) c -> {
            if (vm.books().isEmpty()) {
                return;
            }
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            for (String name : vm.books()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(name);
                item.setOnAction(x -> vm.bookProperty().set(name));
                menu.getItems().add(item);
            }
            menu.show(findBooks, javafx.geometry.Side.BOTTOM, 0, 0);
        });
        autoMinutes.getItems().setAll(vm.autoMinuteChoices());
        autoMinutes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null || minutes == 0 ? i18n.get("sync.auto.never")
                        : i18n.format("sync.auto.every", minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        autoMinutesValue = vm.autoMinutesProperty().asObject();
        autoMinutes.valueProperty().bindBidirectional(autoMinutesValue);
        preview.disableProperty().bind(vm.canPreviewBinding().not());
        preview.setOnAction(e -> vm.preview());
        confirmDeletes.disableProperty().bind(vm.workingProperty().or(vm.deletesCountedBinding().not()));
        sync.disableProperty().bind(vm.workingProperty().or(vm.previewProperty().isNull()));
        sync.setOnAction(e -> vm.sync());
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> vm.stop());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        busy.visibleProperty().bind(vm.workingProperty().and(vm.runningProperty().not()));
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.summaryProperty().get().stream()
                .map(this::say).collect(Collectors.joining("\n")), vm.summaryProperty()));
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? ""
                : say(vm.errorProperty().get()), vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        trust.visibleProperty().bind(vm.untrustedCertificateProperty().isNotNull());
        trust.managedProperty().bind(trust.visibleProperty());
        trust.setOnAction(e -> vm.trustCertificate());
        undoDeletes.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.undoableProperty().get().isEmpty(),
                vm.undoableProperty()));
        undoDeletes.managedProperty().bind(undoDeletes.visibleProperty());
        undoDeletes.setOnAction(e -> vm.undoDeletes());
        log.textProperty().bind(Bindings.createStringBinding(() -> logText(vm.logProperty().get()),
                vm.logProperty()));
        conflictsWaiting.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("sync.conflictsWaiting",
                vm.openConflictsProperty().get()), vm.openConflictsProperty()));
        conflictsRow.visibleProperty().bind(vm.openConflictsProperty().greaterThan(0));
        conflictsRow.managedProperty().bind(conflictsRow.visibleProperty());
        showConflicts.disableProperty().bind(vm.workingProperty());
        showConflicts.setOnAction(e -> conflictsDialog.accept(showConflicts.getScene().getWindow()));
        DialogSize.refitOn(dialog, conflictsRow.visibleProperty());
        // the preview's and the result's words, or a refusal, would push Close out of the dialog
        DialogSize.refitOn(dialog, error.textProperty());
        DialogSize.refitOn(dialog, summary.textProperty());
        DialogSize.refitOn(dialog, log.textProperty());
    }

    /** The check box list shows the view-model's tags and writes the user's ticks back; one copy at a time. */
    private void bindOutTags() {
        outTags.getItems().setAll(vm.tags());
        vm.tags().addListener((ListChangeListener<String>) c -> {
            copyingTags = true;
            outTags.getItems().setAll(vm.tags());
            checkTags();
            copyingTags = false;
        });
        vm.outTags().addListener((ListChangeListener<String>) c -> {
            if (!copyingTags) {
                copyingTags = true;
                checkTags();
                copyingTags = false;
            }
        });
        outTags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!copyingTags) {
                copyingTags = true;
                vm.outTags().setAll(List.copyOf(outTags.getCheckModel().getCheckedItems()));
                copyingTags = false;
            }
        });
        // nothing ticked means every contact goes out: say so rather than show an empty box
        outTags.titleProperty().bind(Bindings.createStringBinding(() -> vm.outTags().isEmpty()
                ? i18n.get("sync.outTags.all") : null, vm.outTags()));
    }

    private void checkTags() {
        outTags.getCheckModel().clearChecks();
        vm.outTags().forEach(outTags.getCheckModel()::check);
    }

    private String logText(List<SyncViewModel.LogLine> lines) {
        if (lines.isEmpty()) {
            return i18n.get("sync.log.none");
        }
        // a bullet a run: each wraps onto a second line, and the runs must still read apart
        return lines.stream().map(l -> "• " + (l.more() == null ? say(l.what()) : say(l.what()) + " " + say(l.more())))
                .collect(Collectors.joining("\n"));
    }

    private String say(Words words) {
        return i18n.format(words.key(), words.args().toArray());
    }

    /** Shows the dialog filled in from the account used last. */
    public void showAndWait() {
        vm.load();
        dialog.showAndWait();
    }
}
