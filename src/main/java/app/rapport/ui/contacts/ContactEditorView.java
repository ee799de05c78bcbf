package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.PopupPlacement;
import app.rapport.ui.common.TextCells;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contact form: binds every field to {@link ContactEditorViewModel} and forwards its buttons to the workspace. */
public final class ContactEditorView {
    private final ContactEditorViewModel vm;
    private final I18n i18n;
    private final Parent root;

    @FXML private FontIcon kindIcon;
    @FXML private ImageView photoView;
    @FXML private VBox keptBox, personBox, orgBox, emailRows, phoneRows, addressRows, websiteRows, birthdayBox;
    @FXML private Label keptText, heading, archivedBadge, flagBadge;
    @FXML private ScrollPane scroll;
    @FXML private TextField prefixField, givenField, familyField, suffixField, nicknameField;
    @FXML private TextField organisationField, titleField, orgNameField;
    @FXML private ComboBox<OrgKind> orgKindBox;
    @FXML private TextField birthdayDay, birthdayYear;
    @FXML private ComboBox<Integer> birthdayMonth;
    @FXML private Label nameError, orgNameError, addressesError, birthdayError, formError;
    @FXML private TextField tagsField;
    @FXML private TextArea notesArea;
    @FXML private CheckBox archivedBox;
    @FXML private Button addEmail, addPhone, addAddress, addWebsite, deleteButton, revertButton, saveButton;
    @FXML private MenuButton moreButton;
    @FXML private MenuItem briefButton, mergeButton;

    public ContactEditorView(ContactEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        BooleanBinding isPerson = vm.kindProperty().isEqualTo(ContactKind.PERSON);
        ContactHeading.show(personBox, isPerson);
        ContactHeading.show(birthdayBox, isPerson);
        ContactHeading.show(orgBox, isPerson.not());
        ContactHeading.bind(kindIcon, photoView, heading, archivedBadge, vm, i18n);
        keptText.textProperty().bind(Bindings.createStringBinding(() -> KeptFields.text(vm.extrasProperty().get(), i18n),
                vm.extrasProperty()));
        ContactHeading.show(keptBox, keptText.textProperty().isNotEmpty());

        prefixField.textProperty().bindBidirectional(vm.prefixProperty());
        givenField.textProperty().bindBidirectional(vm.givenProperty());
        familyField.textProperty().bindBidirectional(vm.familyProperty());
        suffixField.textProperty().bindBidirectional(vm.suffixProperty());
        nicknameField.textProperty().bindBidirectional(vm.nicknameProperty());
        organisationField.textProperty().bindBidirectional(vm.organisationProperty());
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        orgNameField.textProperty().bindBidirectional(vm.organisationProperty());
        orgKindBox.getItems().setAll(OrgKind.values());
        TextCells.label(orgKindBox, k -> k == null ? "" : i18n.get("orgKind." + k.name()));
        orgKindBox.valueProperty().bindBidirectional(vm.orgKindProperty());
        birthdayDay.textProperty().bindBidirectional(vm.birthdayDayProperty());
        birthdayYear.textProperty().bindBidirectional(vm.birthdayYearProperty());
        MonthChoice.bind(birthdayMonth, vm.birthdayMonthProperty(), i18n);
        tagsField.textProperty().bindBidirectional(vm.tagsProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        archivedBox.selectedProperty().bindBidirectional(vm.archivedProperty());

        new ChannelRowsView(emailRows, vm.emails(), i18n, "editor.email.prompt", "editor.section.email")
                .addedBy(addEmail, vm::addEmail);
        new ChannelRowsView(phoneRows, vm.phones(), i18n, "editor.phone.prompt", "editor.section.phone")
                .addedBy(addPhone, vm::addPhone);
        new ChannelRowsView(websiteRows, vm.websites(), i18n, "editor.website.prompt", "editor.section.website")
                .addedBy(addWebsite, vm::addWebsite);
        new AddressRowsView(addressRows, vm, i18n);
        addAddress.setOnAction(e -> vm.addAddress());

        ErrorText.bind(nameError, vm.nameErrorProperty(), i18n);
        ErrorText.bind(orgNameError, vm.organisationErrorProperty(), i18n);
        ErrorText.bind(birthdayError, vm.birthdayErrorProperty(), i18n);
        ErrorText.bind(addressesError, vm.addressesErrorProperty(), i18n);
        ErrorText.bind(formError, vm.errorKeyProperty(), i18n);
        saveButton.disableProperty().bind(vm.savingProperty());
        deleteButton.disableProperty().bind(vm.contactIdProperty().isEqualTo(0));
        moreButton.disableProperty().bind(vm.contactIdProperty().isEqualTo(0));
        PopupPlacement.keepInside(moreButton);
    }

    /**
     * The buttons act on the workspace: Save and Revert on the whole contact (form and Relationship tab).
     *
     * @param nextInList the contact to select after a deletion
     */
    void actOn(ContactsWorkspaceViewModel ws, Supplier<Long> nextInList, LongConsumer merge, LongConsumer brief) {
        saveButton.setOnAction(e -> ws.save());
        revertButton.setOnAction(e -> ws.changes().revert());
        revertButton.disableProperty().bind(ws.changes().dirtyBinding().not());
        deleteButton.setOnAction(e -> ws.trashShown(nextInList.get()));
        mergeButton.setOnAction(e -> ws.merge(merge));
        briefButton.setOnAction(e -> ws.brief(brief));
    }

    public Parent root() {
        return root;
    }

    /** Shows the flag beside the name, with its reason on hover; null hides it. */
    public void showFlag(String reason) {
        flagBadge.setVisible(reason != null);
        flagBadge.setManaged(reason != null);
        flagBadge.setTooltip(reason == null || reason.isBlank() ? null : new Tooltip(reason));
    }

    /** Puts the cursor in the first field, ready to type a name. */
    public void focusFirstField() {
        scroll.setVvalue(0);
        (vm.kindProperty().get() == ContactKind.PERSON ? givenField : orgNameField).requestFocus();
    }

    /** Scrolls to and focuses the first field that shows a problem. */
    public void focusFirstProblem() {
        ContactEditorViewModel.Field field = vm.firstProblem();
        if (field != null) {
            (switch (field) {
                case NAME -> givenField;
                case ORGANISATION -> orgNameField;
                case BIRTHDAY -> birthdayDay;
            }).requestFocus();
        }
    }
}
