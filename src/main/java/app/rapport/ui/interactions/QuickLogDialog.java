package app.rapport.ui.interactions;

import app.rapport.domain.Direction;
import app.rapport.domain.InteractionType;
import app.rapport.service.ContactService;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.ContactPicker;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The quick-log dialog (Ctrl+L): type, date, direction, note; Enter saves. */
public final class QuickLogDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<InteractionType> type = new ComboBox<>();

    public QuickLogDialog(Window owner, String who, QuickLogViewModel vm, I18n i18n, ContactService contacts,
                          TaskRunner runner) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(vm.isEdit() ? "log.title.edit" : "log.title"));
        dialog.setHeaderText(i18n.format("log.header", who));
        ButtonType save = new ButtonType(i18n.get("log.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        type.getItems().setAll(InteractionType.values());
        type.setId("logType");
        labels(type, t -> i18n.get("interactionType." + t.name()));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setAccessibleText(i18n.get("log.type"));
        // typing a letter picks the next type that starts with it: c for Call, m for Meeting
        type.setOnKeyTyped(e -> {
            String typed = e.getCharacter().toLowerCase(i18n.locale());
            if (typed.isBlank()) {
                return;
            }
            InteractionType[] all = InteractionType.values();
            int start = type.getValue() == null ? 0 : type.getValue().ordinal() + 1;
            for (int i = 0; i < all.length; i++) {
                InteractionType candidate = all[(start + i) % all.length];
                if (i18n.get("interactionType." + candidate.name()).toLowerCase(i18n.locale()).startsWith(typed)) {
                    type.setValue(candidate);
                    break;
                }
            }
        });
        DatePicker date = new DatePicker();
        i18n.calendar(date);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setAccessibleText(i18n.get("log.date"));
        TextField time = new TextField();
        time.setPromptText(i18n.get("log.time.prompt"));
        time.textProperty().bindBidirectional(vm.timeProperty());
        time.setPrefColumnCount(6);
        ComboBox<Direction> direction = new ComboBox<>();
        direction.getItems().setAll(Direction.values());
        labels(direction, d -> i18n.get("direction." + d.name()));
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        ContactPicker involved = new ContactPicker(contacts, runner, i18n);
        Long involvedId = vm.involvedProperty().get();
        if (involvedId != null) {
            runner.run(() -> contacts.summaries(new long[] {involvedId}),
                    found -> found.stream().findFirst().ifPresent(involved::choose), failure -> { });
        }
        involved.selectedProperty().addListener((obs, old, s) -> vm.involvedProperty().set(s == null ? null : s.id()));
        Label involvedLabel = new Label(i18n.get("log.involved"));
        involvedLabel.setWrapText(true); // long in German and Russian: two lines rather than cut off
        involvedLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ContactPicker also = new ContactPicker(contacts, runner, i18n);
        also.setId("logAlsoWith");
        also.setPromptText(i18n.get("log.alsoWith.prompt"));
        javafx.scene.layout.FlowPane alsoChips = new javafx.scene.layout.FlowPane(6, 4);
        also.selectedProperty().addListener((obs, old, s) -> {
            if (s == null || vm.alsoWith().contains(s.id())) {
                return;
            }
            vm.alsoWith().add(s.id());
            javafx.scene.control.Button chip = new javafx.scene.control.Button(s.displayName(),
                    new org.kordamp.ikonli.javafx.FontIcon("mdi2c-close"));
            chip.getStyleClass().add("small");
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setAccessibleText(i18n.format("log.alsoWith.remove", s.displayName()));
            chip.setOnAction(e -> {
                vm.alsoWith().remove(s.id());
                alsoChips.getChildren().remove(chip);
            });
            alsoChips.getChildren().add(chip);
            Platform.runLater(also::clear);
        });
        TextField note = new TextField();
        note.setId("logNote");
        note.setPromptText(i18n.get("log.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setPrefColumnCount(30);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMaxWidth(170);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(i18n.get("log.type")), type);
        grid.addRow(1, new Label(i18n.get("log.date")), date, time);
        grid.addRow(2, new Label(i18n.get("log.direction")), direction);
        grid.addRow(3, involvedLabel, involved);
        grid.addRow(4, new Label(i18n.get("log.alsoWith")), also);
        grid.add(alsoChips, 1, 5, 2, 1);
        grid.addRow(6, new Label(i18n.get("log.note")), note);
        GridPane.setColumnSpan(note, 2);
        // the pickers as wide as the note: room for their hints
        GridPane.setColumnSpan(involved, 2);
        GridPane.setColumnSpan(also, 2);
        grid.add(error, 1, 7, 2, 1);
        for (Node n : new Node[] {involvedLabel, involved}) {
            n.visibleProperty().bind(vm.typeProperty().isEqualTo(InteractionType.REFERRAL)
                    .or(vm.typeProperty().isEqualTo(InteractionType.INTRODUCTION)));
            n.managedProperty().bind(n.visibleProperty());
        }
        dialog.getDialogPane().setContent(grid);
        // a referral or an introduction shows one more row: the dialog grows to hold it
        DialogSize.refitOn(dialog, involvedLabel.visibleProperty());
        DialogSize.refitOn(dialog, alsoChips.getChildren());
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("logSave");
        // the dialog closes only once the interaction is saved; a refusal keeps everything typed
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        dialog.setOnShown(e -> Platform.runLater(note::requestFocus));
    }

    private static <T> void labels(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(v -> cell(text));
        box.setButtonCell(cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** Shows the dialog and waits; true when an interaction was saved. */
    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
