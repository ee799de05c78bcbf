package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactEditorViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ContactEditorViewModel vm;
    AtomicLong savedId = new AtomicLong();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        vm = new ContactEditorViewModel(db.service(), new DirectTaskRunner());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void newPersonIsSavedWithEveryChannel() {
        vm.newPerson();
        vm.givenProperty().set("Anna");
        vm.familyProperty().set("Müller");
        vm.addEmail();
        vm.emails().get(0).valueProperty().set("anna@acme.example");
        vm.addPhone();
        vm.phones().get(0).valueProperty().set("+49 30 1234567");
        vm.addAddress();
        vm.addresses().get(0).streetProperty().set("Hauptstraße 5");
        vm.addresses().get(0).localityProperty().set("Berlin");
        vm.addresses().get(0).countryProperty().set("de");
        vm.tagsProperty().set("client, berlin");
        vm.birthdayDayProperty().set("15");
        vm.birthdayMonthProperty().set(4);

        assertThat(vm.save(savedId::set)).isTrue();

        Contact saved = db.service().find(savedId.get()).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Anna Müller");
        assertThat(saved.emails()).extracting(e -> e.address()).containsExactly("anna@acme.example");
        assertThat(saved.addresses().get(0).countryCode()).isEqualTo("DE");
        assertThat(saved.addresses().get(0).mailing()).isTrue();
        assertThat(saved.tags()).containsExactly("berlin", "client");
        assertThat(saved.birthday().year()).isNull();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void emailWithoutAtIsRefusedWithAMessageAndNothingIsLost() {
        vm.newPerson();
        vm.givenProperty().set("Boris");
        vm.addEmail();
        vm.emails().get(0).valueProperty().set("boris.example.com");

        assertThat(vm.save(savedId::set)).isFalse();

        assertThat(vm.emails().get(0).errorProperty().get()).isEqualTo("error.email.noAt");
        assertThat(vm.emails().get(0).valueProperty().get()).isEqualTo("boris.example.com");
        assertThat(vm.givenProperty().get()).isEqualTo("Boris");
        assertThat(db.service().search(ContactQuery.ALL)).isEmpty();

        vm.emails().get(0).valueProperty().set("boris@example.com");
        assertThat(vm.emails().get(0).errorProperty().get()).as("message clears as the user fixes it").isNull();
    }

    @Test
    void impossibleBirthdayIsRefused() {
        vm.newPerson();
        vm.givenProperty().set("Carla");
        vm.birthdayDayProperty().set("29");
        vm.birthdayMonthProperty().set(2);
        vm.birthdayYearProperty().set("2023");
        assertThat(vm.save(savedId::set)).isFalse();
        assertThat(vm.birthdayErrorProperty().get()).isEqualTo("error.birthday.invalid");

        vm.birthdayYearProperty().set("2024");
        assertThat(vm.save(savedId::set)).isTrue();
        assertThat(db.service().find(savedId.get()).orElseThrow().birthday().year()).isEqualTo(2024);
    }

    @Test
    void personWithoutAnyNameIsRefused() {
        vm.newPerson();
        vm.titleProperty().set("Buyer");
        assertThat(vm.save(savedId::set)).isFalse();
        assertThat(vm.nameErrorProperty().get()).isEqualTo("error.name.required");
    }

    @Test
    void editingMarksDirtyAndRevertRestores() {
        long id = db.repository().insert(person("Dmitri", "Petrov").build());
        vm.load(id);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.familyProperty().set("Smirnov");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.revert();
        assertThat(vm.familyProperty().get()).isEqualTo("Petrov");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void organisationNeedsAName() {
        vm.newOrganisation();
        assertThat(vm.kindProperty().get()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(vm.save(savedId::set)).isFalse();
        assertThat(vm.organisationErrorProperty().get()).isEqualTo("error.orgName.required");
        vm.organisationProperty().set("Сибтранс");
        assertThat(vm.save(savedId::set)).isTrue();
        assertThat(db.service().find(savedId.get()).orElseThrow().displayName()).isEqualTo("Сибтранс");
    }

    @Test
    void onlyOneAddressIsTheMailingAddress() {
        vm.newPerson();
        vm.givenProperty().set("Eva");
        vm.addAddress();
        vm.addAddress();
        vm.addresses().get(0).streetProperty().set("A-Straße 1");
        vm.addresses().get(1).streetProperty().set("B-Straße 2");
        vm.makeMailing(vm.addresses().get(1));
        assertThat(vm.addresses().get(0).mailingProperty().get()).isFalse();
        assertThat(vm.save(savedId::set)).isTrue();
        Contact saved = db.service().find(savedId.get()).orElseThrow();
        assertThat(saved.mailingAddress().street()).isEqualTo("B-Straße 2");
    }

    @Test
    void aNewContactIsTitledByItsKindUntilSavedWithAName() {
        vm.newPerson();
        assertThat(vm.untitledKeyProperty().get()).isEqualTo("editor.newPerson");
        vm.kindProperty().set(ContactKind.ORGANISATION);
        assertThat(vm.untitledKeyProperty().get()).isEqualTo("editor.newOrganisation");
        vm.kindProperty().set(ContactKind.PERSON);
        vm.givenProperty().set("Anna");
        assertThat(vm.save(savedId::set)).isTrue();
        assertThat(vm.untitledKeyProperty().get()).isNull();
        assertThat(vm.headingProperty().get()).isEqualTo("Anna");
    }

    @Test
    void theCursorGoesToTheFirstFieldWithAProblemTopToBottom() {
        vm.newPerson();
        assertThat(vm.firstProblem()).isNull();
        vm.birthdayDayProperty().set("31");
        vm.birthdayMonthProperty().set(2);
        assertThat(vm.save(savedId::set)).isFalse();
        assertThat(vm.firstProblem()).isEqualTo(ContactEditorViewModel.Field.NAME);
        vm.givenProperty().set("Anna");
        assertThat(vm.save(savedId::set)).isFalse();
        assertThat(vm.firstProblem()).isEqualTo(ContactEditorViewModel.Field.BIRTHDAY);
    }
}
