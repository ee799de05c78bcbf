package app.rapport.ui.contacts;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.InheritedCadence;
import app.rapport.domain.score.ScoreExplanation;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The Relationship tab: the score, strength, cadence, how we met, the flag and the eight principles. Binds and forwards. */
final class RelationshipView {
    private final RelationshipViewModel vm;
    private final I18n i18n;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final Runnable save;
    private final Node root;

    @FXML private Label strengthLabel;
    @FXML private Label cadenceLabel;
    @FXML private Label howWeMetLabel;
    @FXML private VBox scoreBox;
    @FXML private Label scoreValue;
    @FXML private VBox scoreLines;
    @FXML private Spinner<Integer> relStrength;
    @FXML private TextField relCadence;
    @FXML private ComboBox<Cadence.Unit> unit;
    @FXML private Label relCadenceInherited;
    @FXML private TextField howWeMet;
    @FXML private Label introducerLabel;
    @FXML private StackPane introducerHost;
    @FXML private CheckBox relFlag;
    @FXML private TextField relFlagReason;
    @FXML private CheckBox assess;
    @FXML private Label assessedOn;
    @FXML private TilePane principles;
    @FXML private Label error;

    /** @param save saves the whole contact, as Ctrl+S does: one set of unsaved changes per contact */
    RelationshipView(RelationshipViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner, Runnable save) {
        this.vm = vm;
        this.i18n = i18n;
        this.contacts = contacts;
        this.runner = runner;
        this.save = save;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        strengthLabel.setLabelFor(relStrength);
        cadenceLabel.setLabelFor(relCadence);
        howWeMetLabel.setLabelFor(howWeMet);
        bind(relStrength, 1, 5, vm.strengthProperty());
        relCadenceInherited.textProperty().bind(Bindings.createStringBinding(() -> {
            InheritedCadence c = vm.inheritedCadenceProperty().get();
            return c == null || !vm.cadenceAmountProperty().get().isBlank() ? ""
                    : i18n.format("rel.cadence.inherited", i18n.number(c.cadence().amount()),
                    i18n.get("cadence.unit." + c.cadence().unit().name()), c.tag());
        }, vm.inheritedCadenceProperty(), vm.cadenceAmountProperty()));
        relCadence.promptTextProperty().bind(Bindings.createStringBinding(
                () -> vm.inheritedCadenceProperty().get() == null ? i18n.get("rel.cadence.none") : "",
                vm.inheritedCadenceProperty()));
        relCadence.textProperty().bindBidirectional(vm.cadenceAmountProperty());
        unit.getItems().setAll(Cadence.Unit.values());
        unit.setCellFactory(v -> unitCell());
        unit.setButtonCell(unitCell());
        unit.valueProperty().bindBidirectional(vm.cadenceUnitProperty());
        howWeMet.textProperty().bindBidirectional(vm.howWeMetProperty());
        introducer();
        relFlag.selectedProperty().bindBidirectional(vm.flaggedProperty());
        relFlagReason.textProperty().bindBidirectional(vm.flagReasonProperty());
        relFlagReason.disableProperty().bind(vm.flaggedProperty().not());
        assess.selectedProperty().bindBidirectional(vm.assessedProperty());
        assessedOn.textProperty().bind(Bindings.createStringBinding(() -> vm.assessedOnProperty().get() == null ? ""
                : i18n.format("rel.assessedOn", i18n.date(vm.assessedOnProperty().get())), vm.assessedOnProperty()));
        for (int i = 0; i < RelationshipViewModel.PRINCIPLES.size(); i++) {
            principles.getChildren().add(principle(i));
        }
        principles.visibleProperty().bind(vm.assessedProperty());
        principles.managedProperty().bind(vm.assessedProperty());
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        ScoreExplanation words = new ScoreExplanation(i18n.bundle(), i18n.locale());
        vm.scoreProperty().addListener((obs, old, score) -> {
            scoreLines.getChildren().clear();
            scoreBox.setVisible(score != null);
            scoreBox.setManaged(score != null);
            if (score != null) {
                scoreValue.setText(words.title(score));
                for (var line : score.lines()) {
                    Label l = new Label(words.line(line));
                    l.setWrapText(true);
                    l.getStyleClass().add(line.lost() == 0 ? "score-line-full" : "score-line");
                    scoreLines.getChildren().add(l);
                }
            }
        });
    }

    Node root() {
        return root;
    }

    @FXML
    private void save() {
        save.run();
    }

    /** The contact who introduced us: chosen in a picker, shown by name when the view-model names them. */
    private void introducer() {
        ContactPicker introducer = new ContactPicker(contacts, runner, i18n);
        introducer.setMaxWidth(Double.MAX_VALUE);
        introducerHost.getChildren().setAll(introducer);
        introducerLabel.setLabelFor(introducer);
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
    }

    /** One of the eight principles: its name and a value from 0 to 5. */
    private HBox principle(int index) {
        String name = i18n.get("principle." + RelationshipViewModel.PRINCIPLES.get(index));
        Spinner<Integer> value = new Spinner<>();
        value.setPrefWidth(80);
        value.setAccessibleText(name);
        bind(value, 0, 5, vm.principle(index));
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pair = new HBox(10, label, gap, value);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** A spinner that follows an integer of the view-model both ways. */
    private static void bind(Spinner<Integer> spinner, int min, int max, javafx.beans.property.IntegerProperty value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, 3));
        spinner.getValueFactory().valueProperty().addListener((obs, old, v) -> value.set(v));
        value.addListener((obs, old, v) -> spinner.getValueFactory().setValue(v.intValue()));
    }

    private ListCell<Cadence.Unit> unitCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Cadence.Unit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : i18n.get("cadence.unit." + u.name()));
            }
        };
    }
}
