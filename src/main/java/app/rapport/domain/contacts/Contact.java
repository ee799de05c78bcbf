package app.rapport.domain.contacts;

import app.rapport.domain.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person or an organisation with its contact channels. Immutable; editors build a new one.
 * For an organisation {@code organisation} is its own name; for a person it is where they work.
 * {@code id} is 0 for a contact not yet saved. {@code extras} holds what address books keep beyond
 * these fields (more nicknames, department, anniversary, gender, profiles, related names).
 */
public record Contact(long id, ContactKind kind, PersonName name, String organisation, String title,
                      OrgKind orgKind, Birthday birthday, List<Email> emails, List<Phone> phones,
                      List<PostalAddress> addresses, List<Website> websites, List<String> tags,
                      String notes, boolean archived, Instant createdAt, Instant updatedAt,
                      ContactExtras extras) {

    public Contact {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? PersonName.EMPTY : name;
        organisation = Text.clean(organisation);
        title = Text.clean(title);
        if (kind == ContactKind.ORGANISATION && orgKind == null) {
            orgKind = OrgKind.COMPANY;
        }
        if (kind == ContactKind.PERSON) {
            orgKind = null;
        }
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
        websites = List.copyOf(websites == null ? List.of() : websites);
        tags = tags == null ? List.of() : tags.stream().map(Text::clean).filter(t -> !t.isEmpty()).distinct().toList();
        notes = notes == null ? "" : notes.strip();
        extras = extras == null ? ContactExtras.EMPTY : extras;
    }

    /** A contact without extras. */
    public Contact(long id, ContactKind kind, PersonName name, String organisation, String title, OrgKind orgKind,
                   Birthday birthday, List<Email> emails, List<Phone> phones, List<PostalAddress> addresses,
                   List<Website> websites, List<String> tags, String notes, boolean archived, Instant createdAt,
                   Instant updatedAt) {
        this(id, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses, websites, tags, notes,
                archived, createdAt, updatedAt, ContactExtras.EMPTY);
    }

    public static Contact newPerson(PersonName name) {
        return new Contact(0, ContactKind.PERSON, name, "", "", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), "", false, null, null);
    }

    public static Contact newOrganisation(String name, OrgKind orgKind) {
        return new Contact(0, ContactKind.ORGANISATION, PersonName.EMPTY, name, "", orgKind, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), "", false, null, null);
    }

    public boolean isPerson() {
        return kind == ContactKind.PERSON;
    }

    /** The name shown everywhere: a person's full name, an organisation's name. */
    public String displayName() {
        if (kind == ContactKind.ORGANISATION) {
            return organisation;
        }
        String display = name.display();
        return display.isEmpty() ? organisation : display;
    }

    /** What the contact sorts by: an organisation's name; a person's family name, then given name. */
    public String sortText() {
        return kind == ContactKind.ORGANISATION ? organisation : name.sortText();
    }

    /** The mailing address, or the first address when none is marked. */
    public PostalAddress mailingAddress() {
        return addresses.stream().filter(PostalAddress::mailing).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
    }

    public Contact withId(long newId) {
        return new Contact(newId, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses,
                websites, tags, notes, archived, createdAt, updatedAt, extras);
    }

    public Contact withArchived(boolean value) {
        return new Contact(id, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses,
                websites, tags, notes, value, createdAt, updatedAt, extras);
    }

    public Contact withTimestamps(Instant created, Instant updated) {
        return new Contact(id, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses,
                websites, tags, notes, archived, created, updated, extras);
    }

    /** A copy with channels, tags and notes replaced: used by builders and the demo network. */
    public Contact withDetails(String newTitle, List<Email> newEmails, List<Phone> newPhones,
                               List<PostalAddress> newAddresses, List<Website> newWebsites,
                               List<String> newTags, String newNotes, Birthday newBirthday) {
        return new Contact(id, kind, name, organisation, newTitle, orgKind, newBirthday, newEmails, newPhones,
                newAddresses, newWebsites, newTags, newNotes, archived, createdAt, updatedAt, extras);
    }

    public Contact withExtras(ContactExtras newExtras) {
        return new Contact(id, kind, name, organisation, title, orgKind, birthday, emails, phones, addresses,
                websites, tags, notes, archived, createdAt, updatedAt, newExtras);
    }

    public Contact withOrganisation(String newOrganisation) {
        return new Contact(id, kind, name, newOrganisation, title, orgKind, birthday, emails, phones, addresses,
                websites, tags, notes, archived, createdAt, updatedAt, extras);
    }
}
