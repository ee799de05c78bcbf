package app.rapport.ui.interactions;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.TextCells;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quick-log dialog (Ctrl+L): type, date, direction, note; Enter saves. Binds and forwards. */
public final class QuickLogDialog {
    private final QuickLogViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;

    @FXML private ComboBox<InteractionType> logType;
    @FXML private DatePicker date;
    @FXML private TextField time;
    @FXML private ComboBox<Direction> direction;
    @FXML private Label involvedLabel;
    @FXML private StackPane involvedHost;
    @FXML private StackPane alsoHost;
    @FXML private FlowPane alsoChips;
    @FXML private TextField logNote;
    @FXML private Label error;

    public QuickLogDialog(Window owner, String who, QuickLogViewModel vm, I18n i18n, ContactService contacts,
                          TaskRunner runner) {
        this.vm = vm;
        this.i18n = i18n;
        Node form = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, vm.isEdit() ? "log.title.edit" : "log.title", "log.save");
        dialog.setHeaderText(i18n.format("log.header", who));
        dialog.getDialogPane().setContent(form);

        ContactPicker involved = new ContactPicker(contacts, runner, i18n);
        involvedHost.getChildren().setAll(involved);
        Long involvedId = vm.involvedProperty().get();
        if (involvedId != null) {
            runner.run(() -> contacts.summaries(new long[] {involvedId}),
                    found -> found.stream().findFirst().ifPresent(involved::choose), failure -> { });
        }
        involved.selectedProperty().addListener((obs, old, s) -> vm.involvedProperty().set(s == null ? null : s.id()));
        ContactPicker also = new ContactPicker(contacts, runner, i18n);
        also.setId("logAlsoWith");
        also.setPromptText(i18n.get("log.alsoWith.prompt"));
        alsoHost.getChildren().setAll(also);
        also.selectedProperty().addListener((obs, old, s) -> {
            if (s != null && !vm.alsoWith().contains(s.id())) {
                vm.alsoWith().add(s.id());
                alsoChips.getChildren().add(chip(s.id(), s.displayName()));
                Platform.runLater(also::clear);
            }
        });
        // a referral or an introduction shows one more row: the dialog grows to hold it
        DialogSize.refitOn(dialog, involvedLabel.visibleProperty());
        DialogSize.refitOn(dialog, alsoChips.getChildren());
        Button save = dialog.goAheadButton();
        save.setId("logSave");
        // the dialog closes only once the interaction is saved; a refusal keeps everything typed
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                dialog.setResult(dialog.getDialogPane().getButtonTypes().get(0)); // the one that does the work
                dialog.close();
            });
        });
        dialog.setOnShown(e -> Platform.runLater(logNote::requestFocus));
    }

    @FXML
    private void initialize() {
        logType.getItems().setAll(InteractionType.values());
        TextCells.label(logType, t -> i18n.get("interactionType." + t.name()));
        logType.valueProperty().bindBidirectional(vm.typeProperty());
        logType.setOnKeyTyped(e -> vm.pickTypeStartingWith(e.getCharacter(),
                t -> i18n.get("interactionType." + t.name()), i18n.locale()));
        i18n.calendar(date);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        time.textProperty().bindBidirectional(vm.timeProperty());
        direction.getItems().setAll(Direction.values());
        TextCells.label(direction, d -> i18n.get("direction." + d.name()));
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        logNote.textProperty().bindBidirectional(vm.noteProperty());
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        for (Node n : new Node[] {involvedLabel, involvedHost}) {
            n.visibleProperty().bind(vm.typeProperty().isEqualTo(InteractionType.REFERRAL)
                    .or(vm.typeProperty().isEqualTo(InteractionType.INTRODUCTION)));
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    /** Someone else who was there, with a button that takes them off again. */
    private Button chip(long id, String name) {
        Button chip = new Button(name, new FontIcon("mdi2c-close"));
        chip.getStyleClass().add("small");
        chip.setContentDisplay(ContentDisplay.RIGHT);
        chip.setAccessibleText(i18n.format("log.alsoWith.remove", name));
        chip.setOnAction(e -> {
            vm.alsoWith().remove(id);
            alsoChips.getChildren().remove(chip);
        });
        return chip;
    }

    /** Shows the dialog and waits; true when an interaction was saved. */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(b -> b == dialog.getDialogPane().getButtonTypes().get(0)).isPresent();
    }
}
