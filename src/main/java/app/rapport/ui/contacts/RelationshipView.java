package app.rapport.ui.contacts;

import app.rapport.domain.Cadence;
import app.rapport.service.ContactService;
import app.rapport.ui.common.ErrorText;
import app.rapport.service.score.ScoreExplanation;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Relationship tab: strength, cadence, how we met, the flag and the eight principles. */
final class RelationshipView {
    private final ScrollPane root;

    RelationshipView(RelationshipViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner,
                     Runnable onSaved) {
        Spinner<Integer> strength = new Spinner<>(1, 5, 3);
        strength.setId("relStrength");
        strength.getValueFactory().valueProperty().addListener((obs, old, v) -> vm.strengthProperty().set(v));
        vm.strengthProperty().addListener((obs, old, v) -> strength.getValueFactory().setValue(v.intValue()));
        strength.setAccessibleText(i18n.get("rel.strength"));

        TextField every = new TextField();
        every.setId("relCadence");
        every.setPrefColumnCount(5);
        every.setPromptText(i18n.get("rel.cadence.none"));
        every.textProperty().bindBidirectional(vm.cadenceAmountProperty());
        every.setAccessibleText(i18n.get("rel.cadence"));
        ComboBox<Cadence.Unit> unit = new ComboBox<>();
        unit.getItems().setAll(Cadence.Unit.values());
        unit.setCellFactory(v -> unitCell(i18n));
        unit.setButtonCell(unitCell(i18n));
        unit.valueProperty().bindBidirectional(vm.cadenceUnitProperty());

        TextField howWeMet = new TextField();
        howWeMet.textProperty().bindBidirectional(vm.howWeMetProperty());
        ContactPicker introducer = new ContactPicker(contacts, runner, i18n);
        introducer.selectedProperty().addListener((obs, old, s) -> vm.introducedByProperty().set(s == null ? null : s.id()));
        vm.introducedByProperty().addListener((obs, old, id) -> {
            if (id == null) {
                if (introducer.selectedProperty().get() != null) {
                    introducer.clear();
                }
            } else if (introducer.selectedProperty().get() == null || introducer.selectedProperty().get().id() != id) {
                runner.run(() -> contacts.summaries(new long[] {id}), found -> found.stream().findFirst()
                        .ifPresent(introducer::choose), failure -> { });
            }
        });

        CheckBox flagged = new CheckBox(i18n.get("rel.flag"));
        flagged.setId("relFlag");
        flagged.selectedProperty().bindBidirectional(vm.flaggedProperty());
        TextField reason = new TextField();
        reason.setId("relFlagReason");
        reason.setPromptText(i18n.get("rel.flag.reason"));
        reason.textProperty().bindBidirectional(vm.flagReasonProperty());
        reason.disableProperty().bind(vm.flaggedProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {howWeMet, introducer, reason}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(0, new Label(i18n.get("rel.strength")), strength);
        grid.addRow(1, new Label(i18n.get("rel.cadence")), new HBox(6, every, unit));
        grid.addRow(2, new Label(i18n.get("rel.howWeMet")), howWeMet);
        grid.addRow(3, new Label(i18n.get("rel.introducedBy")), introducer);
        grid.addRow(4, flagged, reason);

        CheckBox assess = new CheckBox(i18n.get("rel.assess"));
        assess.selectedProperty().bindBidirectional(vm.assessedProperty());
        Label assessedOn = new Label();
        assessedOn.getStyleClass().add("result-count");
        assessedOn.textProperty().bind(Bindings.createStringBinding(() -> vm.assessedOnProperty().get() == null ? ""
                : i18n.format("rel.assessedOn", i18n.date(vm.assessedOnProperty().get())), vm.assessedOnProperty()));
        GridPane principles = new GridPane();
        principles.setHgap(10);
        principles.setVgap(6);
        for (int i = 0; i < RelationshipViewModel.PRINCIPLES.size(); i++) {
            Spinner<Integer> value = new Spinner<>(0, 5, 3);
            value.setPrefWidth(80);
            int index = i;
            value.getValueFactory().valueProperty().addListener((obs, old, v) -> vm.principle(index).set(v));
            vm.principle(i).addListener((obs, old, v) -> value.getValueFactory().setValue(v.intValue()));
            String name = i18n.get("principle." + RelationshipViewModel.PRINCIPLES.get(i));
            value.setAccessibleText(name);
            principles.add(new Label(name), (i % 2) * 2, i / 2);
            principles.add(value, (i % 2) * 2 + 1, i / 2);
        }
        principles.visibleProperty().bind(vm.assessedProperty());
        principles.managedProperty().bind(vm.assessedProperty());

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        Button save = new Button(i18n.get("rel.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("relSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save(onSaved));

        Label title = new Label(i18n.get("rel.title"));
        title.getStyleClass().add("section-title");
        Label principlesTitle = new Label(i18n.get("rel.principles"));
        principlesTitle.getStyleClass().add("section-title");
        VBox box = new VBox(8, scoreBox(vm, i18n), title, grid, principlesTitle, new HBox(10, assess, assessedOn),
                principles, error, save);
        box.setPadding(new Insets(10, 16, 16, 16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private static ListCell<Cadence.Unit> unitCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Cadence.Unit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : i18n.get("cadence.unit." + u.name()));
            }
        };
    }

    Node root() {
        return root;
    }

    /** The score and its parts, recomputed whenever the contact is shown or saved. */
    private static VBox scoreBox(RelationshipViewModel vm, I18n i18n) {
        ScoreExplanation words = new ScoreExplanation(i18n.bundle(), i18n.locale());
        Label heading = new Label(i18n.get("score.heading"));
        heading.getStyleClass().add("section-title");
        Label value = new Label();
        value.setId("scoreValue");
        value.getStyleClass().add("score-value");
        VBox lines = new VBox(3);
        lines.setId("scoreLines");
        Label hint = new Label(i18n.get("score.hint"));
        hint.getStyleClass().add("result-count");
        hint.setWrapText(true);
        VBox box = new VBox(6, heading, value, lines, hint);
        vm.scoreProperty().addListener((obs, old, score) -> {
            lines.getChildren().clear();
            box.setVisible(score != null);
            box.setManaged(score != null);
            if (score == null) {
                return;
            }
            value.setText(words.title(score));
            for (var line : score.lines()) {
                Label l = new Label(words.line(line));
                l.setWrapText(true);
                l.getStyleClass().add(line.lost() == 0 ? "score-line-full" : "score-line");
                lines.getChildren().add(l);
            }
        });
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }
}
