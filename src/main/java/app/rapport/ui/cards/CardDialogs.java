package app.rapport.ui.cards;

import app.rapport.domain.cards.Envelope;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Supplier;
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
    private final TaskRunner runner;

    public CardDialogs(Supplier<Window> owner, I18n i18n, Supplier<CardBuilderViewModel> builders,
                       ContactService contacts, TaskRunner runner) {
        this.owner = owner;
        this.i18n = i18n;
        this.builders = builders;
        this.contacts = contacts;
        this.runner = runner;
    }

    /** @return the new list's id, empty when cancelled */
    public Optional<Long> build() {
        return new CardBuilderDialog(owner.get(), builders.get(), i18n).showAndWait();
    }

    public Optional<Naming> rename(Envelope envelope) {
        RenameForm form = new RenameForm(i18n, envelope);
        return new FormDialog(owner.get(), i18n, "cards.rename.title", "cards.rename.save").form(form.root()).ask()
                ? form.naming() : Optional.empty();
    }

    /** @return the chosen contact's id */
    public Optional<Long> chooseContact() {
        ContactPicker picker = new ContactPicker(contacts, runner, i18n);
        picker.setId("cardContactPicker");
        picker.setPrefColumnCount(30);
        FormDialog dialog = new FormDialog(owner.get(), i18n, "cards.add.title", "cards.add.confirm").form(picker);
        dialog.goAheadButton().disableProperty().bind(picker.selectedProperty().isNull());
        return dialog.ask() ? Optional.ofNullable(picker.selectedProperty().get()).map(s -> s.id()) : Optional.empty();
    }

    /** The card settings form over what is set now; empty when cancelled. */
    public Optional<CardsViewModel.CardSettings> settings(CardsViewModel.CardSettings current) {
        SettingsForm form = new SettingsForm(i18n, current);
        return new FormDialog(owner.get(), i18n, "cards.settings.title", "cards.rename.save").form(form.root()).ask()
                ? Optional.of(form.chosen()) : Optional.empty();
    }
}
