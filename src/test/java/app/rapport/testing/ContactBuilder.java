package app.rapport.testing;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.util.ArrayList;
import java.util.List;

/** Readable contact fixtures: {@code person("Anna", "Müller").email("anna@example.com").build()}. */
public final class ContactBuilder {
    private final ContactKind kind;
    private PersonName name = PersonName.EMPTY;
    private String organisation = "";
    private String title = "";
    private OrgKind orgKind;
    private Birthday birthday;
    private final List<Email> emails = new ArrayList<>();
    private final List<Phone> phones = new ArrayList<>();
    private final List<PostalAddress> addresses = new ArrayList<>();
    private final List<Website> websites = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String notes = "";
    private boolean archived;

    private ContactBuilder(ContactKind kind) {
        this.kind = kind;
    }

    public static ContactBuilder person(String given, String family) {
        ContactBuilder b = new ContactBuilder(ContactKind.PERSON);
        b.name = new PersonName("", given, family, "", "");
        return b;
    }

    public static ContactBuilder organisation(String name) {
        ContactBuilder b = new ContactBuilder(ContactKind.ORGANISATION);
        b.organisation = name;
        b.orgKind = OrgKind.COMPANY;
        return b;
    }

    public ContactBuilder worksAt(String org, String jobTitle) {
        organisation = org;
        title = jobTitle;
        return this;
    }

    public ContactBuilder email(String address) {
        emails.add(new Email("work", address));
        return this;
    }

    public ContactBuilder phone(String number) {
        phones.add(new Phone("mobile", number));
        return this;
    }

    public ContactBuilder address(String street, String postalCode, String city, String country) {
        return address("home", street, postalCode, city, country);
    }

    /** An address with a label as vCard names it ("work", "home", "other"); the first is the mailing address. */
    public ContactBuilder address(String label, String street, String postalCode, String city, String country) {
        addresses.add(new PostalAddress(label, street, city, "", postalCode, country, addresses.isEmpty()));
        return this;
    }

    public ContactBuilder website(String url) {
        websites.add(new Website("", url));
        return this;
    }

    public ContactBuilder tag(String tag) {
        tags.add(tag);
        return this;
    }

    public ContactBuilder notes(String text) {
        notes = text;
        return this;
    }

    public ContactBuilder birthday(int month, int day, Integer year) {
        birthday = Birthday.of(month, day, year);
        return this;
    }

    public ContactBuilder archived() {
        archived = true;
        return this;
    }

    public ContactBuilder kind(OrgKind value) {
        orgKind = value;
        return this;
    }

    public Contact build() {
        return new Contact(0, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses, websites,
                tags, notes, archived, null, null);
    }
}
