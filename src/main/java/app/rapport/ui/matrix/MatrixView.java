package app.rapport.ui.matrix;

import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.ContactPicker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Matrix area: the chart of everyone on the cooperation matrix (click a point to open
 * the contact), a list per quadrant with its suggested next step, and the editor of one contact's
 * assessment with a way to add someone.
 */
public final class MatrixView {
    private final MatrixViewModel vm;
    private final I18n i18n;
    private final Parent root;
    private final LongConsumer onOpen;
    private final QuadrantChart chart;
    private final Map<Quadrant, ListView<MatrixEntry>> lists = new EnumMap<>(Quadrant.class);
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
        this.i18n = i18n;
        this.onOpen = onOpen;
        this.root = FxmlView.load(this, i18n);
        intro.setText(i18n.format("matrix.intro", CooperationRules.HIGH_FROM));

        chart = new QuadrantChart(i18n.get("matrix.axis.ours"), i18n.get("matrix.axis.theirs"), this::quadrantName);
        chart.setId("matrixChart");
        chart.setAccessibleText(i18n.get("matrix.chart.accessible"));
        chartHolder.getChildren().add(chart);
        vm.entries().addListener((ListChangeListener<MatrixEntry>) c -> plot());

        for (Quadrant q : Quadrant.values()) {
            quadrantLists.getChildren().add(section(q));
        }

        picker = new ContactPicker(contacts, runner, i18n);
        picker.setId("matrixPicker");
        picker.setPromptText(i18n.get("matrix.add.prompt"));
        pickerBox.getChildren().add(0, picker);
        addButton.setId("matrixAdd");
        addButton.disableProperty().bind(picker.selectedProperty().isNull());
        addButton.setOnAction(e -> add());
        picker.setOnAction(e -> add());

        bindEditor();
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        vm.doneProperty().addListener((obs, o, done) -> {
            if (done != null) {
                notifier.show(i18n.format(done.key(), done.name(),
                        done.quadrant() == null ? "" : quadrantName(done.quadrant())), null, null);
            }
        });
    }

    private String quadrantName(Quadrant q) {
        return i18n.get("matrix.quadrant." + q.name());
    }

    private void add() {
        var chosen = picker.selectedProperty().get();
        if (chosen != null) {
            vm.edit(chosen.id(), chosen.displayName());
            picker.clear();
        }
    }

    private void bindEditor() {
        oursSpinner.setId("matrixOurs");
        theirsSpinner.setId("matrixTheirs");
        mutualArea.setId("matrixMutual");
        assetsArea.setId("matrixAssets");
        credibleArea.setId("matrixCredible");
        saveButton.setId("matrixSave");
        openButton.setId("matrixOpen");
        removeButton.setId("matrixRemove");
        editingLabel.setId("matrixEditing");
        quadrantLabel.setId("matrixQuadrant");
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
        editingLabel.textProperty().bind(Bindings.createStringBinding(() -> editing.get() == null
                ? i18n.get("matrix.editor.none")
                : i18n.format(editing.get().onMatrix() ? "matrix.editor.title" : "matrix.editor.new",
                editing.get().name()), editing));
        form.disableProperty().bind(editing.isNull());
        quadrantLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Quadrant q = vm.quadrantProperty().get();
            return q == null ? "" : i18n.format("matrix.editor.quadrant", quadrantName(q),
                    i18n.get("matrix.next." + q.name()));
        }, vm.quadrantProperty()));
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

    private VBox section(Quadrant q) {
        ListView<MatrixEntry> list = new ListView<>(vm.inQuadrant(q));
        list.setId("matrixList-" + q.name());
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(i18n.get("matrix.list.empty")));
        list.setAccessibleText(quadrantName(q));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true); // a long name goes onto a second line; its places stay in view
                setPrefWidth(0); // as wide as the list, not as the words: the list never scrolls sideways
            }

            @Override
            protected void updateItem(MatrixEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.format("matrix.list.cell", item.name(), item.ours(),
                        item.theirs()) + (item.flagged() ? "  \u2691" : ""));
                setOnMouseClicked(empty || item == null ? null : e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                        onOpen.accept(item.contactId());
                    }
                });
            }
        });
        list.setOnKeyPressed(e -> {
            MatrixEntry chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                onOpen.accept(chosen.contactId());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, chosen) -> {
            if (chosen != null) {
                lists.values().stream().filter(l -> l != list).forEach(l -> l.getSelectionModel().clearSelection());
                vm.edit(chosen.contactId(), chosen.name());
            }
        });
        lists.put(q, list);
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("matrix.quadrant.heading",
                quadrantName(q), vm.inQuadrant(q).size()), vm.inQuadrant(q)));
        Label next = new Label(i18n.get("matrix.next." + q.name()));
        next.getStyleClass().add("matrix-next-step");
        next.setWrapText(true);
        return new VBox(4, heading, next, list);
    }

    /** One series per quadrant, so each quadrant's points have their own colour. */
    private void plot() {
        Map<Quadrant, XYChart.Series<Number, Number>> series = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            series.put(q, new XYChart.Series<>(quadrantName(q), javafx.collections.FXCollections.observableArrayList()));
        }
        List<XYChart.Data<Number, Number>> flagged = new ArrayList<>();
        for (MatrixLayout.Plotted p : MatrixLayout.place(vm.entries())) {
            MatrixEntry e = p.entry();
            XYChart.Data<Number, Number> point = new XYChart.Data<>(p.x(), p.y());
            point.setNode(point(e));
            series.get(e.quadrant()).getData().add(point);
            if (e.flagged()) {
                flagged.add(point);
            }
        }
        chart.getData().setAll(series.values());
        // the chart sets each point's style classes as it adds it
        flagged.forEach(d -> d.getNode().getStyleClass().add("flagged"));
    }

    private StackPane point(MatrixEntry e) {
        StackPane node = new StackPane();
        node.setId("matrixPoint-" + e.contactId());
        node.setCursor(Cursor.HAND);
        node.setAccessibleText(e.name());
        Tooltip tip = new Tooltip(i18n.format("matrix.point.tooltip", e.name(), quadrantName(e.quadrant()), e.ours(),
                e.theirs()) + (e.flagged() ? "\n\u2691 " + i18n.get("matrix.flagged") : ""));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY) {
                onOpen.accept(e.contactId());
            }
        });
        return node;
    }

    public void refresh() {
        vm.refresh();
    }

    public Parent root() {
        return root;
    }
}
