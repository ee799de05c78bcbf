package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contact form: binds every field to {@link ContactEditorViewModel} and delegates its actions. */
public final class ContactEditorView {
    private final ContactEditorViewModel vm;
    private final I18n i18n;
    private final Parent root;

    @FXML private FontIcon kindIcon;
    @FXML private javafx.scene.image.ImageView photoView;
    @FXML private VBox keptBox;
    @FXML private Label keptText;
    @FXML private Label heading;
    @FXML private Label archivedBadge;
    @FXML private Label flagBadge;
    @FXML private ScrollPane scroll;
    @FXML private VBox personBox;
    @FXML private VBox orgBox;
    @FXML private TextField prefixField;
    @FXML private TextField givenField;
    @FXML private TextField familyField;
    @FXML private TextField suffixField;
    @FXML private TextField nicknameField;
    @FXML private Label nameError;
    @FXML private TextField organisationField;
    @FXML private TextField titleField;
    @FXML private TextField orgNameField;
    @FXML private ComboBox<OrgKind> orgKindBox;
    @FXML private Label orgNameError;
    @FXML private Button addEmail;
    @FXML private Button addPhone;
    @FXML private Button addAddress;
    @FXML private Button addWebsite;
    @FXML private VBox emailRows;
    @FXML private VBox phoneRows;
    @FXML private VBox addressRows;
    @FXML private VBox websiteRows;
    @FXML private Label addressesError;
    @FXML private VBox birthdayBox;
    @FXML private TextField birthdayDay;
    @FXML private ComboBox<Integer> birthdayMonth;
    @FXML private TextField birthdayYear;
    @FXML private Label birthdayError;
    @FXML private TextField tagsField;
    @FXML private TextArea notesArea;
    @FXML private CheckBox archivedBox;
    @FXML private Label formError;
    @FXML private Button deleteButton;
    @FXML private javafx.scene.control.MenuButton moreButton;
    @FXML private javafx.scene.control.MenuItem briefButton;
    @FXML private javafx.scene.control.MenuItem mergeButton;
    @FXML private Button revertButton;
    @FXML private Button saveButton;

    public ContactEditorView(ContactEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        BooleanBinding isPerson = vm.kindProperty().isEqualTo(ContactKind.PERSON);
        show(personBox, isPerson);
        show(birthdayBox, isPerson);
        show(orgBox, isPerson.not());
        vm.kindProperty().addListener((obs, old, kind) -> showKindIcon(kind));
        showKindIcon(vm.kindProperty().get());
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = vm.headingProperty().get();
            if (name == null || name.isEmpty() || vm.contactIdProperty().get() == 0) {
                return i18n.get(vm.kindProperty().get() == ContactKind.PERSON ? "editor.newPerson" : "editor.newOrganisation");
            }
            return name;
        }, vm.headingProperty(), vm.contactIdProperty(), vm.kindProperty()));
        show(archivedBadge, vm.archivedProperty());
        // at most 512 pixels a side (the import scales it down), so decoding it here takes a moment only
        photoView.imageProperty().bind(Bindings.createObjectBinding(() -> {
            app.rapport.domain.contacts.ContactPhoto p = vm.photoProperty().get();
            javafx.scene.image.Image image = p == null ? null
                    : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(p.bytes()));
            return image == null || image.isError() ? null : image;
        }, vm.photoProperty()));
        BooleanBinding hasPhoto = photoView.imageProperty().isNotNull();
        show(photoView, hasPhoto);
        show(kindIcon, hasPhoto.not());
        keptText.textProperty().bind(Bindings.createStringBinding(() -> KeptFields.text(vm.extrasProperty().get(), i18n),
                vm.extrasProperty()));
        show(keptBox, keptText.textProperty().isNotEmpty());

        prefixField.textProperty().bindBidirectional(vm.prefixProperty());
        givenField.textProperty().bindBidirectional(vm.givenProperty());
        familyField.textProperty().bindBidirectional(vm.familyProperty());
        suffixField.textProperty().bindBidirectional(vm.suffixProperty());
        nicknameField.textProperty().bindBidirectional(vm.nicknameProperty());
        organisationField.textProperty().bindBidirectional(vm.organisationProperty());
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        orgNameField.textProperty().bindBidirectional(vm.organisationProperty());
        orgKindBox.getItems().setAll(OrgKind.values());
        orgKindBox.setConverter(converter(k -> i18n.get("orgKind." + k.name())));
        orgKindBox.valueProperty().bindBidirectional(vm.orgKindProperty());

        birthdayDay.textProperty().bindBidirectional(vm.birthdayDayProperty());
        birthdayYear.textProperty().bindBidirectional(vm.birthdayYearProperty());
        birthdayMonth.getItems().add(null);
        IntStream.rangeClosed(1, 12).forEach(birthdayMonth.getItems()::add);
        StringConverter<Integer> months = converter(m ->
                Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, i18n.locale()));
        birthdayMonth.setConverter(months);
        birthdayMonth.setButtonCell(monthCell(months));
        birthdayMonth.setCellFactory(list -> monthCell(months));
        birthdayMonth.valueProperty().bindBidirectional(vm.birthdayMonthProperty());
        tagsField.textProperty().bindBidirectional(vm.tagsProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        archivedBox.selectedProperty().bindBidirectional(vm.archivedProperty());

        ChannelRowsView emailView = new ChannelRowsView(emailRows, vm.emails(), i18n, "editor.email.prompt", "editor.section.email");
        ChannelRowsView phoneView = new ChannelRowsView(phoneRows, vm.phones(), i18n, "editor.phone.prompt", "editor.section.phone");
        ChannelRowsView websiteView = new ChannelRowsView(websiteRows, vm.websites(), i18n, "editor.website.prompt",
                "editor.section.website");
        new AddressRowsView(addressRows, vm, i18n);
        addEmail.setOnAction(e -> {
            vm.addEmail();
            emailView.focusLast();
        });
        addPhone.setOnAction(e -> {
            vm.addPhone();
            phoneView.focusLast();
        });
        addAddress.setOnAction(e -> vm.addAddress());
        addWebsite.setOnAction(e -> {
            vm.addWebsite();
            websiteView.focusLast();
        });

        ErrorText.bind(nameError, vm.nameErrorProperty(), i18n);
        ErrorText.bind(orgNameError, vm.organisationErrorProperty(), i18n);
        ErrorText.bind(birthdayError, vm.birthdayErrorProperty(), i18n);
        ErrorText.bind(addressesError, vm.addressesErrorProperty(), i18n);
        ErrorText.bind(formError, vm.errorKeyProperty(), i18n);

        revertButton.disableProperty().bind(vm.dirtyProperty().not());
        saveButton.disableProperty().bind(vm.savingProperty());
        deleteButton.disableProperty().bind(vm.contactIdProperty().isEqualTo(0));
        moreButton.disableProperty().bind(vm.contactIdProperty().isEqualTo(0));
        app.rapport.ui.common.PopupPlacement.keepInside(moreButton);
        moreButton.setTooltip(new javafx.scene.control.Tooltip(i18n.get("editor.more")));
    }

    private void showKindIcon(ContactKind kind) {
        kindIcon.setIconLiteral(kind == ContactKind.ORGANISATION ? "mdi2d-domain" : "mdi2a-account-outline");
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new IllegalStateException("not editable");
            }
        };
    }

    private ListCell<Integer> monthCell(StringConverter<Integer> months) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer month, boolean empty) {
                super.updateItem(month, empty);
                setText(empty ? null : month == null ? i18n.get("month.none") : months.toString(month));
            }
        };
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    public Parent root() {
        return root;
    }

    /** Shows the flag beside the name, with its reason on hover; null hides it. */
    public void showFlag(String reason) {
        flagBadge.setVisible(reason != null);
        flagBadge.setManaged(reason != null);
        flagBadge.setTooltip(reason == null || reason.isBlank() ? null : new javafx.scene.control.Tooltip(reason));
    }

    public Button saveButton() {
        return saveButton;
    }

    public javafx.scene.control.MenuItem mergeButton() {
        return mergeButton;
    }

    public javafx.scene.control.MenuItem briefButton() {
        return briefButton;
    }

    public Button deleteButton() {
        return deleteButton;
    }

    public Button revertButton() {
        return revertButton;
    }

    /** Puts the cursor in the first field, ready to type a name. */
    public void focusFirstField() {
        scroll.setVvalue(0);
        (vm.kindProperty().get() == ContactKind.PERSON ? givenField : orgNameField).requestFocus();
    }

    /** Scrolls to and focuses the first field that shows a problem. */
    public void focusFirstProblem() {
        if (vm.nameErrorProperty().get() != null) {
            givenField.requestFocus();
        } else if (vm.organisationErrorProperty().get() != null) {
            orgNameField.requestFocus();
        } else if (vm.birthdayErrorProperty().get() != null) {
            birthdayDay.requestFocus();
        }
    }
}
