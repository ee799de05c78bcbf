package app.rapport.service.importing;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PhoneKey;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A contact reduced to what {@link Matcher} compares: its kind; its vCard UID and the address book that
 * UID belongs to ({@code book}: the file it was read from, empty when unknown); its name as
 * {@code given|family} folded (case and accents ignored, the fields kept in their places), an
 * organisation's folded name; the folded organisation a person works at; birthday; emails (lower case)
 * and phone numbers (E.164 by libphonenumber); and the name and employer as written ({@code shownName},
 * {@code shownEmployer}), for the evidence a user reads. Nothing here is specific to importing.
 */
public record MatchKeys(ContactKind kind, String uid, String book, String name, String employer, Birthday birthday,
                        Set<String> emails, Set<String> phones, String shownName, String shownEmployer) {
    public MatchKeys {
        uid = uid == null ? "" : uid.strip();
        book = book == null ? "" : book;
        name = name == null ? "" : name;
        employer = employer == null ? "" : employer;
        emails = Set.copyOf(emails);
        phones = Set.copyOf(phones);
        shownName = shownName == null || shownName.isBlank() ? name.replace('|', ' ').strip() : shownName.strip();
        shownEmployer = shownEmployer == null || shownEmployer.isBlank() ? employer : shownEmployer.strip();
    }

    /** Shown as compared (folded): where the name and employer as written are not at hand. */
    public MatchKeys(ContactKind kind, String uid, String book, String name, String employer, Birthday birthday,
                     Set<String> emails, Set<String> phones) {
        this(kind, uid, book, name, employer, birthday, emails, phones, "", "");
    }

    public static MatchKeys of(Contact c, String uid, String book, PhoneKey phoneKey) {
        Set<String> emails = new LinkedHashSet<>();
        for (Email e : c.emails()) {
            String key = email(e.address());
            if (!key.isEmpty()) {
                emails.add(key);
            }
        }
        Set<String> phones = new LinkedHashSet<>();
        for (Phone p : c.phones()) {
            String key = phoneKey.of(p.number());
            if (!key.isEmpty()) {
                phones.add(key);
            }
        }
        String name = c.isPerson() ? personName(c.name().given(), c.name().family()) : Text.fold(c.organisation());
        String employer = c.isPerson() ? Text.fold(c.organisation()) : "";
        return new MatchKeys(c.kind(), uid, book, name, employer, c.birthday(), emails, phones, c.displayName(),
                c.isPerson() ? c.organisation() : "");
    }

    /** "given|family", folded and with single spaces; empty when both are empty. */
    public static String personName(String given, String family) {
        String g = words(given);
        String f = words(family);
        return g.isEmpty() && f.isEmpty() ? "" : g + "|" + f;
    }

    public static String email(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the last @, or empty. */
    static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    private static String words(String s) {
        return s == null ? "" : Text.fold(s).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip();
    }
}
