package app.rapport.ui.cards;

import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.LeftOut;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.IntegerStringConverter;

/**
 * The list builder: the rules on the left, each a switch with its reason in words; on the right who
 * is on the list (with why) and who is left out (with why), recomputed as the switches change.
 */
final class CardBuilderDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final CardBuilderViewModel vm;
    private final I18n i18n;
    private Long created;

    CardBuilderDialog(Window owner, CardBuilderViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("cards.builder.title"));
        dialog.setHeaderText(i18n.get("cards.builder.header"));
        dialog.setResizable(true);
        ButtonType create = new ButtonType(i18n.get("cards.builder.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);

        TextField name = new TextField();
        name.setId("builderName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField occasion = new TextField();
        occasion.setId("builderOccasion");
        occasion.textProperty().bindBidirectional(vm.occasionProperty());
        Spinner<Integer> year = spinner(1900, 9999, vm.yearProperty().get());
        year.valueProperty().addListener((obs, o, n) -> vm.yearProperty().set(n == null ? 0 : n));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("cards.builder.name"), name);
        form.addRow(1, label("cards.builder.occasion"), occasion);
        form.addRow(2, label("cards.builder.year"), year);

        CheckBox clients = rule("ruleClients", CardRule.CLIENTS, vm.clientsProperty());
        CheckBox referrers = rule("ruleReferrers", CardRule.REFERRERS, vm.referrersProperty());
        CheckBox prospects = rule("ruleProspects", CardRule.PROSPECTS, vm.prospectsProperty());
        CheckBox byTag = rule("ruleTag", CardRule.TAG, vm.byTagProperty());
        TextField tag = new TextField();
        tag.setId("ruleTagName");
        tag.setPromptText(i18n.get("cards.builder.tagPrompt"));
        tag.textProperty().bindBidirectional(vm.tagProperty());
        tag.disableProperty().bind(vm.byTagProperty().not());
        CheckBox byScore = rule("ruleScore", CardRule.MIN_SCORE, vm.byScoreProperty());
        Spinner<Integer> minScore = spinner(0, 100, vm.minScoreProperty().get());
        minScore.setId("ruleScoreValue");
        minScore.valueProperty().addListener((obs, o, n) -> vm.minScoreProperty().set(n == null ? 0 : n));
        minScore.disableProperty().bind(vm.byScoreProperty().not());
        Spinner<Integer> limit = spinner(1, 10_000, vm.limitProperty().get());
        limit.setId("builderLimit");
        limit.valueProperty().addListener((obs, o, n) -> vm.limitProperty().set(n == null ? 1 : n));
        Label rulesTitle = new Label(i18n.get("cards.builder.rules"));
        rulesTitle.getStyleClass().add("section-title");
        VBox rules = new VBox(8, form, rulesTitle, clients, referrers, prospects, byTag, indent(tag), byScore,
                indent(minScore), limitRow(limit));
        rules.setPrefWidth(330);

        ListView<CardPick> chosen = new ListView<>(vm.chosen());
        chosen.setId("builderChosen");
        chosen.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CardPick p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.candidate().displayName() + "  \u2014 " + p.because().stream()
                        .sorted().map(r -> i18n.get("cards.because." + r.name())).collect(Collectors.joining(", ")));
            }
        });
        ListView<LeftOut> leftOut = new ListView<>(vm.leftOut());
        leftOut.setId("builderLeftOut");
        leftOut.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LeftOut l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.pick().candidate().displayName() + "  \u2014 "
                        + i18n.get("cards.leftOut." + l.reason().name()));
            }
        });
        Button include = new Button(i18n.get("cards.builder.include"));
        include.setId("builderInclude");
        include.disableProperty().bind(leftOut.getSelectionModel().selectedItemProperty().isNull());
        include.setOnAction(e -> vm.include(leftOut.getSelectionModel().getSelectedItem()));
        Label chosenTitle = new Label();
        chosenTitle.getStyleClass().add("section-title");
        chosenTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("cards.builder.chosen", vm.chosen().size(), vm.envelopesProperty().get()),
                vm.chosen(), vm.envelopesProperty()));
        Label leftTitle = new Label();
        leftTitle.getStyleClass().add("section-title");
        leftTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("cards.builder.leftOut", vm.leftOut().size()), vm.leftOut()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        VBox preview = new VBox(6, chosenTitle, chosen, new HBox(8, leftTitle), leftOut, include, error);
        VBox.setVgrow(chosen, Priority.ALWAYS);
        VBox.setVgrow(leftOut, Priority.SOMETIMES);
        preview.setPrefWidth(460);
        HBox.setHgrow(preview, Priority.ALWAYS);
        HBox content = new HBox(18, rules, preview);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        DialogSize.onShow(dialog, 900, 640);

        // Create writes off the UI thread; the dialog closes only once the list exists
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("builderCreate");
        createButton.disableProperty().bind(Bindings.isEmpty(vm.chosen()).or(vm.nameProperty().isEmpty()));
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.create(id -> {
                created = id;
                dialog.setResult(create);
                dialog.close();
            });
        });
        vm.preview();
    }

    private CheckBox rule(String id, CardRule rule, javafx.beans.property.BooleanProperty on) {
        CheckBox box = new CheckBox(i18n.get("cards.rule." + rule.name()));
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(on);
        return box;
    }

    private HBox limitRow(Spinner<Integer> limit) {
        HBox row = new HBox(8, label("cards.builder.limit"), limit);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** A form label that keeps its whole text in any language. */
    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox indent(javafx.scene.Node node) {
        HBox box = new HBox(node);
        box.setPadding(new Insets(0, 0, 0, 26));
        return box;
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        s.setEditable(true);
        s.setPrefWidth(100);
        // digits only; the value factory keeps it within min and max
        TextFormatter<Integer> digits = new TextFormatter<>(new IntegerStringConverter(), s.getValue(),
                c -> c.getControlNewText().matches("\\d{0,5}") ? c : null);
        s.getEditor().setTextFormatter(digits);
        s.getValueFactory().valueProperty().bindBidirectional(digits.valueProperty());
        return s;
    }

    /** @return the new list's id when one was created */
    Optional<Long> showAndWait() {
        dialog.showAndWait();
        return Optional.ofNullable(created);
    }
}
