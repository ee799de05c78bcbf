package app.rapport.ui.cards;

import app.rapport.domain.cards.Envelope;
import app.rapport.service.ContactService;
import app.rapport.service.Settings;
import app.rapport.ui.common.DialogContent;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.UserMessages;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Cards area's small dialogs: the builder, renaming an envelope, choosing a contact, card settings. */
public final class CardDialogs {
    /** An envelope's new wording. */
    public record Naming(String addressee, String salutation) {
    }

    private final Supplier<Window> owner;
    private final I18n i18n;
    private final Supplier<CardBuilderViewModel> builders;
    private final ContactService contacts;
    private final Settings settings;
    private final TaskRunner runner;
    private final Consumer<String> message;

    public CardDialogs(Supplier<Window> owner, I18n i18n, Supplier<CardBuilderViewModel> builders,
                       ContactService contacts, Settings settings, TaskRunner runner, Consumer<String> message) {
        this.message = message;
        this.owner = owner;
        this.i18n = i18n;
        this.builders = builders;
        this.contacts = contacts;
        this.settings = settings;
        this.runner = runner;
    }

    /** @return the new list's id, empty when cancelled */
    public Optional<Long> build() {
        return new CardBuilderDialog(owner.get(), builders.get(), i18n).showAndWait();
    }

    public Optional<Naming> rename(Envelope envelope) {
        Dialog<ButtonType> dialog = dialog("cards.rename.title");
        TextField addressee = new TextField(envelope.addressee());
        addressee.setId("renameAddressee");
        TextField salutation = new TextField(envelope.salutation());
        salutation.setId("renameSalutation");
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.get("cards.column.addressee")), addressee);
        grid.addRow(1, new Label(i18n.get("cards.column.salutation")), salutation);
        addressee.setPrefColumnCount(28);
        DialogContent.padded(dialog, grid);
        ButtonType ok = buttons(dialog, "cards.rename.save");
        return dialog.showAndWait().filter(b -> b == ok)
                .filter(b -> !addressee.getText().isBlank())
                .map(b -> new Naming(addressee.getText(), salutation.getText()));
    }

    /** @return the chosen contact's id */
    public Optional<Long> chooseContact() {
        Dialog<ButtonType> dialog = dialog("cards.add.title");
        ContactPicker picker = new ContactPicker(contacts, runner, i18n);
        picker.setId("cardContactPicker");
        picker.setPrefColumnCount(30);
        DialogContent.padded(dialog, picker);
        ButtonType ok = buttons(dialog, "cards.add.confirm");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(picker.selectedProperty().isNull());
        return dialog.showAndWait().filter(b -> b == ok).map(b -> picker.selectedProperty().get())
                .map(s -> s.id());
    }

    /** Follow-up delay and the return address printed on envelopes; read and written off the UI thread. */
    public void settings() {
        runner.run(() -> new String[] {Integer.toString(settings.cardFollowUpDays()), settings.returnAddress(),
                settings.homeCountry()}, current -> {
            Dialog<ButtonType> dialog = dialog("cards.settings.title");
            Spinner<Integer> days = new Spinner<>(1, Settings.MAX_FOLLOW_UP_DAYS, Integer.parseInt(current[0]));
            days.setEditable(true);
            days.setId("followUpDays");
            days.setMaxWidth(Region.USE_PREF_SIZE);
            TextArea ret = new TextArea(current[1]);
            ret.setPrefRowCount(4);
            ret.setPrefColumnCount(28);
            TextField country = new TextField(current[2]);
            country.setPrefColumnCount(3);
            country.setMaxWidth(Region.USE_PREF_SIZE);
            // each label above its field: the labels are long in Russian and were cut off beside them
            VBox form = new VBox(10, field("cards.settings.followUp", days),
                    field("cards.settings.returnAddress", ret), field("cards.settings.homeCountry", country));
            DialogContent.padded(dialog, form);
            ButtonType ok = buttons(dialog, "cards.rename.save");
            if (dialog.showAndWait().filter(b -> b == ok).isPresent()) {
                int value = days.getValue() == null ? Settings.DEFAULT_FOLLOW_UP_DAYS : days.getValue();
                String lines = ret.getText();
                String home = country.getText();
                runner.run(() -> {
                    settings.setCardFollowUpDays(value);
                    settings.setReturnAddress(lines);
                    settings.setHomeCountry(home.strip().length() == 2 ? home : null);
                    return Boolean.TRUE;
                }, ok2 -> message.accept(i18n.get("cards.settings.saved")), this::fail);
            }
        }, this::fail);
    }

    private void fail(Throwable failure) {
        message.accept(i18n.get(UserMessages.keyFor(failure)));
    }

    private Dialog<ButtonType> dialog(String titleKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(null);
        return dialog;
    }

    private ButtonType buttons(Dialog<ButtonType> dialog, String okKey) {
        ButtonType ok = new ButtonType(i18n.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return ok;
    }

    private VBox field(String key, Node control) {
        Label label = new Label(i18n.get(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
