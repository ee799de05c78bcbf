package app.rapport.ui.matrix;

import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.common.TaskRunner;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Matrix area: the chart of everyone on the cooperation matrix (click a point to open
 * the contact), a list per quadrant with its suggested next step, and the editor of one contact's
 * assessment with a way to add someone.
 */
public final class MatrixView {
    private final MatrixViewModel vm;
    private final MatrixTexts texts;
    private final Parent root;
    private final LongConsumer onOpen;
    private final ContactPicker picker;

    @FXML private Label intro;
    @FXML private StackPane chartHolder;
    @FXML private VBox quadrantLists;
    @FXML private VBox pickerBox;
    @FXML private Button addButton;
    @FXML private Label editingLabel;
    @FXML private VBox form;
    @FXML private Spinner<Integer> oursSpinner;
    @FXML private Spinner<Integer> theirsSpinner;
    @FXML private Label quadrantLabel;
    @FXML private TextArea mutualArea;
    @FXML private TextArea assetsArea;
    @FXML private TextArea credibleArea;
    @FXML private Label errorLabel;
    @FXML private Button saveButton;
    @FXML private Button openButton;
    @FXML private Button removeButton;

    public MatrixView(MatrixViewModel vm, I18n i18n, Notifier notifier, ContactService contacts, TaskRunner runner,
                      LongConsumer onOpen) {
        this.vm = vm;
        this.texts = new MatrixTexts(i18n);
        this.onOpen = onOpen;
        this.root = FxmlView.load(this, i18n);
        intro.setText(texts.intro());

        QuadrantChart chart = new QuadrantChart(i18n.get("matrix.axis.ours"), i18n.get("matrix.axis.theirs"),
                texts::quadrant);
        chart.setId("matrixChart");
        chart.setAccessibleText(i18n.get("matrix.chart.accessible"));
        chartHolder.getChildren().add(chart);
        MatrixPoints points = new MatrixPoints(chart, texts, onOpen);
        vm.entries().addListener((ListChangeListener<MatrixEntry>) c -> points.plot(vm.entries()));
        new QuadrantLists(vm, texts, onOpen).fill(quadrantLists);

        picker = new ContactPicker(contacts, runner, i18n);
        picker.setId("matrixPicker");
        picker.setPromptText(i18n.get("matrix.add.prompt"));
        pickerBox.getChildren().add(0, picker);
        addButton.disableProperty().bind(picker.selectedProperty().isNull());
        addButton.setOnAction(e -> add());
        picker.setOnAction(e -> add());

        bindEditor();
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        vm.doneProperty().addListener((obs, o, done) -> {
            if (done != null) {
                notifier.show(texts.done(done), null, null);
            }
        });
    }

    private void add() {
        var chosen = picker.selectedProperty().get();
        if (chosen != null) {
            vm.edit(chosen.id(), chosen.displayName());
            picker.clear();
        }
    }

    private void bindEditor() {
        oursSpinner.getValueFactory().valueProperty().bindBidirectional(vm.oursProperty());
        theirsSpinner.getValueFactory().valueProperty().bindBidirectional(vm.theirsProperty());
        mutualArea.textProperty().bindBidirectional(vm.mutualProperty());
        assetsArea.textProperty().bindBidirectional(vm.assetsProperty());
        credibleArea.textProperty().bindBidirectional(vm.credibleProperty());
        // a number typed into a spinner counts once the field loses focus, as well as on Enter
        for (Spinner<Integer> s : List.of(oursSpinner, theirsSpinner)) {
            s.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit(s);
                }
            });
        }
        var editing = vm.editingProperty();
        editingLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.editing(editing.get()), editing));
        form.disableProperty().bind(editing.isNull());
        quadrantLabel.textProperty().bind(Bindings.createStringBinding(
                () -> texts.quadrantPreview(vm.quadrantProperty().get()), vm.quadrantProperty()));
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        saveButton.setOnAction(e -> {
            commit(oursSpinner);
            commit(theirsSpinner);
            vm.save();
        });
        removeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> editing.get() == null || !editing.get().onMatrix(), editing));
        removeButton.setOnAction(e -> vm.remove());
        openButton.setOnAction(e -> {
            if (editing.get() != null) {
                onOpen.accept(editing.get().contactId());
            }
        });
    }

    /** Takes what is typed in a spinner; the value factory keeps it within 0–10, and text that is no number is undone. */
    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException notANumber) {
            spinner.cancelEdit();
        }
    }

    public void refresh() {
        vm.refresh();
    }

    public Parent root() {
        return root;
    }
}
