package app.rapport.ui.contacts;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.contacts.Website;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.contacts.SaveResult;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The contact being edited, field by field. Validation runs on save (and again on every change
 * once a save was refused, so messages clear as the user fixes them); nothing invalid is written
 * and nothing the user typed is thrown away when a save is refused.
 */
public final class ContactEditorViewModel {
    private final ContactService contacts;
    private final TaskRunner runner;

    private final ReadOnlyLongWrapper contactId = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ContactKind> kind = new SimpleObjectProperty<>(ContactKind.PERSON);
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty given = new SimpleStringProperty("");
    private final StringProperty family = new SimpleStringProperty("");
    private final StringProperty suffix = new SimpleStringProperty("");
    private final StringProperty nickname = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<OrgKind> orgKind = new SimpleObjectProperty<>(OrgKind.COMPANY);
    private final StringProperty birthdayDay = new SimpleStringProperty("");
    private final ObjectProperty<Integer> birthdayMonth = new SimpleObjectProperty<>();
    private final StringProperty birthdayYear = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty archived = new SimpleBooleanProperty(false);
    private final ObservableList<ChannelRow> emails = FXCollections.observableArrayList(
            r -> new Observable[] {r.labelProperty(), r.valueProperty()});
    private final ObservableList<ChannelRow> phones = FXCollections.observableArrayList(
            r -> new Observable[] {r.labelProperty(), r.valueProperty()});
    private final ObservableList<ChannelRow> websites = FXCollections.observableArrayList(
            r -> new Observable[] {r.labelProperty(), r.valueProperty()});
    private final ObservableList<AddressRow> addresses = FXCollections.observableArrayList(
            r -> new Observable[] {r.streetProperty(), r.postalCodeProperty(), r.localityProperty(),
                    r.regionProperty(), r.countryProperty(), r.mailingProperty(), r.labelProperty()});

    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty organisationError = new SimpleStringProperty();
    private final StringProperty birthdayError = new SimpleStringProperty();
    private final StringProperty addressesError = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> heading = new ReadOnlyObjectWrapper<>("");

    /** The contact's photo; null when it has none. */
    private final ReadOnlyObjectWrapper<app.rapport.domain.contacts.ContactPhoto> photo = new ReadOnlyObjectWrapper<>();
    /** What the contact's address book kept beyond the form's fields: shown, kept on save, exported. */
    private final ReadOnlyObjectWrapper<app.rapport.domain.contacts.ContactExtras> extras =
            new ReadOnlyObjectWrapper<>(app.rapport.domain.contacts.ContactExtras.EMPTY);

    private final javafx.beans.binding.ObjectBinding<String> untitledKey = javafx.beans.binding.Bindings.createObjectBinding(
            () -> heading.get() != null && !heading.get().isEmpty() && contactId.get() != 0 ? null
                    : kind.get() == ContactKind.PERSON ? "editor.newPerson" : "editor.newOrganisation",
            heading, contactId, kind);

    private Contact original;
    private boolean loading;
    private boolean validateOnChange;

    public ContactEditorViewModel(ContactService contacts, TaskRunner runner) {
        this.contacts = contacts;
        this.runner = runner;
        // change listeners, not invalidation listeners: those fire only once until someone reads the value
        List<ObservableValue<?>> fields = Arrays.asList(kind, prefix, given, family, suffix, nickname, organisation,
                title, orgKind, birthdayDay, birthdayMonth, birthdayYear, tags, notes, archived);
        for (ObservableValue<?> field : fields) {
            field.addListener((obs, old, now) -> changed());
        }
        for (ObservableList<?> rows : List.of(emails, phones, websites, addresses)) {
            rows.addListener((ListChangeListener<Object>) change -> changed());
        }
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        if (validateOnChange) {
            validate();
        }
    }

    /** Loads a saved contact in the background. */
    public void load(long id) {
        runner.run(() -> contacts.find(id).orElse(null), found -> {
            if (found == null) {
                errorKey.set("error.contact.gone");
                clear();
            } else {
                show(found);
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /**
     * Shows the saved contact again when the form holds no typed change (the data changed elsewhere: a sync, a
     * conflict settled); a form being edited is left as it is.
     */
    public void reloadIfUnchanged() {
        long id = contactId.get();
        if (id == 0 || dirty.get()) {
            return;
        }
        runner.run(() -> contacts.find(id).orElse(null), found -> {
            if (found != null && contactId.get() == id && !dirty.get() && !found.equals(original)) {
                show(found);
            }
        }, failure -> { });
    }

    public void newPerson() {
        show(Contact.newPerson(PersonName.EMPTY));
    }

    public void newOrganisation() {
        show(Contact.newOrganisation("", OrgKind.COMPANY));
    }

    /** Nothing is being edited. */
    public void clear() {
        loading = true;
        original = null;
        photo.set(null);
        extras.set(app.rapport.domain.contacts.ContactExtras.EMPTY);
        contactId.set(0);
        editing.set(false);
        heading.set("");
        clearErrors();
        dirty.set(false);
        loading = false;
    }

    /** Throws away unsaved changes. */
    public void revert() {
        if (original != null) {
            show(original);
        }
    }

    private void show(Contact c) {
        loading = true;
        try {
            original = c;
            photo.set(c.extras().photo());
            extras.set(c.extras());
            contactId.set(c.id());
            kind.set(c.kind());
            PersonName n = c.name();
            prefix.set(n.prefix());
            given.set(n.given());
            family.set(n.family());
            suffix.set(n.suffix());
            nickname.set(n.nickname());
            organisation.set(c.organisation());
            title.set(c.title());
            orgKind.set(c.orgKind() == null ? OrgKind.COMPANY : c.orgKind());
            Birthday b = c.birthday();
            birthdayDay.set(b == null ? "" : Integer.toString(b.day()));
            birthdayMonth.set(b == null ? null : b.month());
            birthdayYear.set(b == null || b.year() == null ? "" : Integer.toString(b.year()));
            tags.set(String.join(", ", c.tags()));
            notes.set(c.notes());
            archived.set(c.archived());
            emails.setAll(c.emails().stream().map(e -> new ChannelRow(e.label(), e.address())).toList());
            phones.setAll(c.phones().stream().map(p -> new ChannelRow(p.label(), p.number())).toList());
            websites.setAll(c.websites().stream().map(w -> new ChannelRow(w.label(), w.url())).toList());
            addresses.setAll(c.addresses().stream().map(AddressRow::new).toList());
            heading.set(c.displayName());
            clearErrors();
            validateOnChange = false;
            errorKey.set(null);
            editing.set(true);
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    public void addEmail() {
        emails.add(new ChannelRow(emails.isEmpty() ? "work" : "", ""));
    }

    public void addPhone() {
        phones.add(new ChannelRow(phones.isEmpty() ? "mobile" : "", ""));
    }

    public void addWebsite() {
        websites.add(new ChannelRow("", ""));
    }

    public void addAddress() {
        AddressRow row = new AddressRow(null);
        row.mailingProperty().set(addresses.isEmpty());
        addresses.add(row);
    }

    /** Marks one address as the mailing address; the others stop being it. */
    public void makeMailing(AddressRow chosen) {
        for (AddressRow row : addresses) {
            row.mailingProperty().set(row == chosen);
        }
    }

    /**
     * Checks every field and shows what is wrong.
     *
     * @return true when the contact can be saved
     */
    public boolean validate() {
        clearErrors();
        boolean ok = true;
        if (!birthdayIsValid()) {
            birthdayError.set("error.birthday.invalid");
            ok = false;
        }
        Contact candidate = toContact();
        for (Problem p : contacts.check(candidate)) {
            ok = false;
            switch (p.field()) {
                case "name" -> nameError.set(p.messageKey());
                case "organisation" -> organisationError.set(p.messageKey());
                case "email" -> emails.get(p.index()).errorProperty().set(p.messageKey());
                case "phone" -> phones.get(p.index()).errorProperty().set(p.messageKey());
                case "website" -> websites.get(p.index()).errorProperty().set(p.messageKey());
                case "address" -> {
                    if (p.index() >= 0) {
                        addresses.get(p.index()).errorProperty().set(p.messageKey());
                    } else {
                        addressesError.set(p.messageKey());
                    }
                }
                default -> errorKey.set(p.messageKey());
            }
        }
        return ok;
    }

    /**
     * Saves in the background when valid.
     *
     * @param onSaved receives the id of the saved contact, on the FX thread
     * @return false when the input was refused (the messages say why); nothing was written
     */
    public boolean save(LongConsumer onSaved) {
        if (!editing.get() || saving.get()) {
            return false;
        }
        if (!validate()) {
            validateOnChange = true;
            return false;
        }
        Contact candidate = toContact();
        saving.set(true);
        runner.run(() -> contacts.save(candidate), (SaveResult result) -> {
            saving.set(false);
            if (result.ok()) {
                show(result.saved());
                onSaved.accept(result.saved().id());
            } else {
                validate();
                validateOnChange = true;
            }
        }, failure -> {
            saving.set(false);
            errorKey.set(UserMessages.keyFor(failure));
        });
        return true;
    }

    private boolean birthdayIsValid() {
        if (birthdayDay.get().isBlank() && birthdayMonth.get() == null && birthdayYear.get().isBlank()) {
            return true;
        }
        Integer day = parse(birthdayDay.get());
        Integer year = birthdayYear.get().isBlank() ? null : parse(birthdayYear.get());
        if (day == null || birthdayMonth.get() == null || (!birthdayYear.get().isBlank() && year == null)) {
            return false;
        }
        return Birthday.isValid(birthdayMonth.get(), day, year);
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The contact as the fields describe it now. */
    Contact toContact() {
        Birthday birthday = null;
        if (birthdayIsValid() && birthdayMonth.get() != null) {
            Integer year = birthdayYear.get().isBlank() ? null : parse(birthdayYear.get());
            birthday = Birthday.of(birthdayMonth.get(), parse(birthdayDay.get()), year);
        }
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        long id = original == null ? 0 : original.id();
        Instant created = original == null ? null : original.createdAt();
        Instant updated = original == null ? null : original.updatedAt();
        return new Contact(id, kind.get(), new PersonName(prefix.get(), given.get(), family.get(), suffix.get(),
                nickname.get()), organisation.get(), title.get(), orgKind.get(), birthday,
                emails.stream().map(r -> new Email(r.labelProperty().get(), r.valueProperty().get())).toList(),
                phones.stream().map(r -> new Phone(r.labelProperty().get(), r.valueProperty().get())).toList(),
                addresses.stream().map(AddressRow::toAddress).filter(a -> !a.isBlank()).toList(),
                websites.stream().map(r -> new Website(r.labelProperty().get(), r.valueProperty().get())).toList(),
                tagList, notes.get(), archived.get(), created, updated,
                original == null ? null : original.extras());
    }

    private void clearErrors() {
        nameError.set(null);
        organisationError.set(null);
        birthdayError.set(null);
        addressesError.set(null);
        emails.forEach(r -> r.errorProperty().set(null));
        phones.forEach(r -> r.errorProperty().set(null));
        websites.forEach(r -> r.errorProperty().set(null));
        addresses.forEach(r -> r.errorProperty().set(null));
    }

    /** A field of the form that can show a problem, to put the cursor in. */
    public enum Field { NAME, ORGANISATION, BIRTHDAY }

    /** The first field, top to bottom, that shows a problem; null when none does. */
    public Field firstProblem() {
        if (nameError.get() != null) {
            return Field.NAME;
        }
        if (organisationError.get() != null) {
            return Field.ORGANISATION;
        }
        return birthdayError.get() != null ? Field.BIRTHDAY : null;
    }

    /**
     * The form's title as a bundle key while the contact has no name yet or is not saved ("New person",
     * "New organisation"); null when the title is the contact's name ({@link #headingProperty()}).
     */
    public javafx.beans.binding.ObjectBinding<String> untitledKeyProperty() {
        return untitledKey;
    }

    // ---- properties ----

    public ReadOnlyLongProperty contactIdProperty() {
        return contactId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<ContactKind> kindProperty() {
        return kind;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty givenProperty() {
        return given;
    }

    public StringProperty familyProperty() {
        return family;
    }

    public StringProperty suffixProperty() {
        return suffix;
    }

    public StringProperty nicknameProperty() {
        return nickname;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<OrgKind> orgKindProperty() {
        return orgKind;
    }

    public StringProperty birthdayDayProperty() {
        return birthdayDay;
    }

    public ObjectProperty<Integer> birthdayMonthProperty() {
        return birthdayMonth;
    }

    public StringProperty birthdayYearProperty() {
        return birthdayYear;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }

    public ObservableList<ChannelRow> emails() {
        return emails;
    }

    public ObservableList<ChannelRow> phones() {
        return phones;
    }

    public ObservableList<ChannelRow> websites() {
        return websites;
    }

    public ObservableList<AddressRow> addresses() {
        return addresses;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty organisationErrorProperty() {
        return organisationError;
    }

    public StringProperty birthdayErrorProperty() {
        return birthdayError;
    }

    public StringProperty addressesErrorProperty() {
        return addressesError;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** The saved name of the contact, for the editor's title. */
    public ReadOnlyObjectProperty<app.rapport.domain.contacts.ContactPhoto> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<app.rapport.domain.contacts.ContactExtras> extrasProperty() {
        return extras.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
