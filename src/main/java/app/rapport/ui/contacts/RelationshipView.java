package app.rapport.ui.contacts;

import app.rapport.ui.common.ContactPicker;
import app.rapport.domain.Cadence;
import app.rapport.service.ContactService;
import app.rapport.ui.common.ErrorText;
import app.rapport.domain.score.ScoreExplanation;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Relationship tab: strength, cadence, how we met, the flag and the eight principles. */
final class RelationshipView {
    private final ScrollPane root;

    RelationshipView(RelationshipViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner,
                     Runnable save) {
        Spinner<Integer> strength = new Spinner<>(1, 5, 3);
        strength.setId("relStrength");
        strength.getValueFactory().valueProperty().addListener((obs, old, v) -> vm.strengthProperty().set(v));
        vm.strengthProperty().addListener((obs, old, v) -> strength.getValueFactory().setValue(v.intValue()));
        strength.setAccessibleText(i18n.get("rel.strength"));

        TextField every = new TextField();
        every.setId("relCadence");
        every.setPrefColumnCount(7);
        // with no cadence of its own the contact keeps the tag's: say so, not "never"
        Label inherited = new Label();
        inherited.setId("relCadenceInherited");
        inherited.getStyleClass().add("result-count");
        inherited.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            app.rapport.domain.InheritedCadence c = vm.inheritedCadenceProperty().get();
            return c == null || !vm.cadenceAmountProperty().get().isBlank() ? ""
                    : i18n.format("rel.cadence.inherited", i18n.number(c.cadence().amount()),
                    i18n.get("cadence.unit." + c.cadence().unit().name()), c.tag());
        }, vm.inheritedCadenceProperty(), vm.cadenceAmountProperty()));
        every.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.inheritedCadenceProperty().get() == null ? i18n.get("rel.cadence.none")
                        : "",
                vm.inheritedCadenceProperty()));
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

        // labels above their fields, as on the Details tab: the whole width for the field and its hint
        // in every language
        unit.setMinWidth(Region.USE_PREF_SIZE);
        every.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {howWeMet, introducer, reason}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        flagged.setWrapText(true);
        flagged.setMinHeight(Region.USE_PREF_SIZE);
        VBox grid = new VBox(8,
                field(i18n.get("rel.strength"), strength),
                field(i18n.get("rel.cadence"), new HBox(6, every, unit, inherited)),
                field(i18n.get("rel.howWeMet"), howWeMet),
                field(i18n.get("rel.introducedBy"), introducer),
                new VBox(4, flagged, reason));

        CheckBox assess = new CheckBox(i18n.get("rel.assess"));
        assess.selectedProperty().bindBidirectional(vm.assessedProperty());
        Label assessedOn = new Label();
        assessedOn.getStyleClass().add("result-count");
        assessedOn.textProperty().bind(Bindings.createStringBinding(() -> vm.assessedOnProperty().get() == null ? ""
                : i18n.format("rel.assessedOn", i18n.date(vm.assessedOnProperty().get())), vm.assessedOnProperty()));
        // two columns where the names fit, one where they are long (Russian)
        TilePane principles = new TilePane(16, 6);
        principles.setPrefColumns(2);
        principles.setTileAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (int i = 0; i < RelationshipViewModel.PRINCIPLES.size(); i++) {
            Spinner<Integer> value = new Spinner<>(0, 5, 3);
            value.setPrefWidth(80);
            int index = i;
            value.getValueFactory().valueProperty().addListener((obs, old, v) -> vm.principle(index).set(v));
            vm.principle(i).addListener((obs, old, v) -> value.getValueFactory().setValue(v.intValue()));
            String name = i18n.get("principle." + RelationshipViewModel.PRINCIPLES.get(i));
            value.setAccessibleText(name);
            Label label = new Label(name);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox pair = new HBox(10, label, gap, value);
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            principles.getChildren().add(pair);
        }
        principles.visibleProperty().bind(vm.assessedProperty());
        principles.managedProperty().bind(vm.assessedProperty());

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        Button saveButton = new Button(i18n.get("editor.save"), new FontIcon("mdi2c-content-save-outline"));
        saveButton.setId("relSave");
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(e -> save.run());

        Label title = new Label(i18n.get("rel.title"));
        title.getStyleClass().add("section-title");
        Label principlesTitle = new Label(i18n.get("rel.principles"));
        principlesTitle.getStyleClass().add("section-title");
        assess.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, scoreBox(vm, i18n), title, grid, principlesTitle, new FlowPane(10, 4, assess, assessedOn),
                principles, error, saveButton);
        box.setPadding(new Insets(10, 16, 16, 16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    /** A field with its label above it. */
    private static VBox field(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        return new VBox(4, label, control);
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
