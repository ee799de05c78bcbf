package app.rapport.ui.cards;

import app.rapport.ui.common.TextCells;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.LeftOut;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.converter.IntegerStringConverter;
import javafx.stage.Window;

/**
 * The list builder: the rules on the left, each a switch with its reason in words; on the right who
 * is on the list (with why) and who is left out (with why), recomputed as the switches change.
 */
final class CardBuilderDialog {
    private final FormDialog dialog;
    private Long created;

    @FXML private TextField builderName;
    @FXML private TextField builderOccasion;
    @FXML private Spinner<Integer> builderYear;
    @FXML private CheckBox ruleClients;
    @FXML private CheckBox ruleReferrers;
    @FXML private CheckBox ruleProspects;
    @FXML private CheckBox ruleTag;
    @FXML private TextField ruleTagName;
    @FXML private CheckBox ruleScore;
    @FXML private Spinner<Integer> ruleScoreValue;
    @FXML private Spinner<Integer> builderLimit;
    @FXML private Label chosenTitle;
    @FXML private ListView<CardPick> builderChosen;
    @FXML private Label leftTitle;
    @FXML private ListView<LeftOut> builderLeftOut;
    @FXML private Button builderInclude;
    @FXML private Label builderError;

    CardBuilderDialog(Window owner, CardBuilderViewModel vm, I18n i18n) {
        Parent content = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, "cards.builder.title", "cards.builder.create");
        dialog.setHeaderText(i18n.get("cards.builder.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        DialogSize.onShow(dialog, 900, 640);

        builderName.textProperty().bindBidirectional(vm.nameProperty());
        builderOccasion.textProperty().bindBidirectional(vm.occasionProperty());
        digits(builderYear, 1900, 9999, vm.yearProperty(), 0);
        ruleClients.selectedProperty().bindBidirectional(vm.clientsProperty());
        ruleReferrers.selectedProperty().bindBidirectional(vm.referrersProperty());
        ruleProspects.selectedProperty().bindBidirectional(vm.prospectsProperty());
        ruleTag.selectedProperty().bindBidirectional(vm.byTagProperty());
        ruleTagName.textProperty().bindBidirectional(vm.tagProperty());
        ruleTagName.disableProperty().bind(vm.byTagProperty().not());
        ruleScore.selectedProperty().bindBidirectional(vm.byScoreProperty());
        digits(ruleScoreValue, 0, 100, vm.minScoreProperty(), 0);
        ruleScoreValue.disableProperty().bind(vm.byScoreProperty().not());
        digits(builderLimit, 1, 10_000, vm.limitProperty(), 1);

        builderChosen.setItems(vm.chosen());
        builderChosen.setCellFactory(v -> TextCells.of(p -> p.candidate().displayName() + "  \u2014 " + p.because().stream()
                .sorted().map(r -> i18n.get("cards.because." + r.name())).collect(Collectors.joining(", "))));
        builderLeftOut.setItems(vm.leftOut());
        builderLeftOut.setCellFactory(v -> TextCells.of(l -> l.pick().candidate().displayName() + "  \u2014 "
                + i18n.get("cards.leftOut." + l.reason().name())));
        builderInclude.disableProperty().bind(builderLeftOut.getSelectionModel().selectedItemProperty().isNull());
        builderInclude.setOnAction(e -> vm.include(builderLeftOut.getSelectionModel().getSelectedItem()));
        chosenTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("cards.builder.chosen", vm.chosen().size(), vm.envelopesProperty().get()),
                vm.chosen(), vm.envelopesProperty()));
        leftTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("cards.builder.leftOut", vm.leftOut().size()), vm.leftOut()));
        ErrorText.bind(builderError, vm.errorKeyProperty(), i18n);

        // Create writes off the UI thread; the dialog closes only once the list exists
        Button create = dialog.goAheadButton();
        create.setId("builderCreate");
        create.disableProperty().bind(Bindings.isEmpty(vm.chosen()).or(vm.nameProperty().isEmpty()));
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.create(id -> {
                created = id;
                dialog.close();
            });
        });
        vm.preview();
    }

    /** Digits only, kept within min and max by the value factory, written to {@code target} as they change. */
    private static void digits(Spinner<Integer> s, int min, int max, IntegerProperty target, int whenEmpty) {
        s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.max(min, Math.min(max, target.get()))));
        TextFormatter<Integer> digits = new TextFormatter<>(new IntegerStringConverter(), s.getValue(),
                c -> c.getControlNewText().matches("\\d{0,5}") ? c : null);
        s.getEditor().setTextFormatter(digits);
        s.getValueFactory().valueProperty().bindBidirectional(digits.valueProperty());
        s.valueProperty().addListener((obs, o, n) -> target.set(n == null ? whenEmpty : n));
    }

    /** @return the new list's id when one was created */
    Optional<Long> showAndWait() {
        dialog.showAndWait();
        return Optional.ofNullable(created);
    }
}
