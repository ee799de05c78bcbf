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
import app.rapport.ui.common.TextCells;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
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

    @FXML private Label strengthLabel, cadenceLabel, howWeMetLabel, introducerLabel;
    @FXML private VBox scoreBox, scoreLines;
    @FXML private Label scoreValue;
    @FXML private Spinner<Integer> relStrength;
    @FXML private TextField relCadence;
    @FXML private ComboBox<Cadence.Unit> unit;
    @FXML private Label relCadenceInherited;
    @FXML private TextField howWeMet;
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
        ScoreLines.bind(scoreBox, scoreValue, scoreLines, vm.scoreProperty(), i18n);
        strengthLabel.setLabelFor(relStrength);
        cadenceLabel.setLabelFor(relCadence);
        howWeMetLabel.setLabelFor(howWeMet);
        PrincipleSpinners.bind(relStrength, 1, 5, vm.strengthProperty());
        relCadenceInherited.textProperty().bind(Bindings.createStringBinding(() -> {
            InheritedCadence c = vm.shownInheritedCadence().get();
            return c == null ? "" : i18n.format("rel.cadence.inherited", i18n.number(c.cadence().amount()),
                    i18n.get("cadence.unit." + c.cadence().unit().name()), c.tag());
        }, vm.shownInheritedCadence()));
        relCadence.promptTextProperty().bind(Bindings.createStringBinding(
                () -> vm.inheritedCadenceProperty().get() == null ? i18n.get("rel.cadence.none") : "",
                vm.inheritedCadenceProperty()));
        relCadence.textProperty().bindBidirectional(vm.cadenceAmountProperty());
        unit.getItems().setAll(Cadence.Unit.values());
        TextCells.label(unit, u -> u == null ? null : i18n.get("cadence.unit." + u.name()));
        unit.valueProperty().bindBidirectional(vm.cadenceUnitProperty());
        howWeMet.textProperty().bindBidirectional(vm.howWeMetProperty());
        ContactPicker introducer = IntroducerPicker.bind(vm.introducedByProperty(), contacts, runner, i18n);
        introducerHost.getChildren().setAll(introducer);
        introducerLabel.setLabelFor(introducer);
        relFlag.selectedProperty().bindBidirectional(vm.flaggedProperty());
        relFlagReason.textProperty().bindBidirectional(vm.flagReasonProperty());
        relFlagReason.disableProperty().bind(vm.flaggedProperty().not());
        assess.selectedProperty().bindBidirectional(vm.assessedProperty());
        assessedOn.textProperty().bind(Bindings.createStringBinding(() -> vm.assessedOnProperty().get() == null ? ""
                : i18n.format("rel.assessedOn", i18n.date(vm.assessedOnProperty().get())), vm.assessedOnProperty()));
        PrincipleSpinners.fill(principles, vm, i18n);
        principles.visibleProperty().bind(vm.assessedProperty());
        principles.managedProperty().bind(vm.assessedProperty());
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
    }

    Node root() {
        return root;
    }

    @FXML
    private void save() {
        save.run();
    }
}
