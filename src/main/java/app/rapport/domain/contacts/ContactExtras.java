package app.rapport.domain.contacts;

import app.rapport.domain.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What an address book keeps about a contact beyond Rapport's own fields, so an import loses none of
 * it and an export writes it again: nicknames after the first (the first is the name's), the
 * organisation's department, an anniversary, a gender as the file wrote it, messaging and social
 * profiles (a channel: a label such as "xmpp" or "twitter" and an address), and related people kept
 * by name (a spouse, an assistant) whether or not a contact of that name is in Rapport. {@code photo}
 * is null when none was loaded or none is kept; writing a contact whose photo is null leaves a stored
 * photo as it is (lists and imports do not load photos).
 */
public record ContactExtras(List<String> nicknames, String department, Birthday anniversary, String gender,
                            List<Profile> profiles, List<RelatedName> relatedNames, ContactPhoto photo) {
    public static final ContactExtras EMPTY = new ContactExtras(List.of(), "", null, "", List.of(), List.of(), null);

    public ContactExtras {
        nicknames = nicknames == null ? List.of()
                : nicknames.stream().map(Text::clean).filter(n -> !n.isEmpty()).distinct().toList();
        department = Text.clean(department);
        gender = Text.clean(gender);
        // messengers first, then social profiles, each in the order given: the order a vCard gives them back in
        profiles = profiles == null ? List.of() : profiles.stream().filter(p -> !p.address().isEmpty())
                .sorted(java.util.Comparator.comparing(p -> !p.isMessenger())).toList();
        relatedNames = relatedNames == null ? List.of()
                : relatedNames.stream().filter(r -> !r.name().isEmpty()).distinct().toList();
    }

    public ContactExtras withPhoto(ContactPhoto newPhoto) {
        return new ContactExtras(nicknames, department, anniversary, gender, profiles, relatedNames, newPhoto);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Both sets of values, this one's first; a single value of this one wins, the other's fills a blank. */
    public ContactExtras union(ContactExtras other) {
        return new ContactExtras(both(nicknames, other.nicknames, n -> n.toLowerCase(Locale.ROOT)),
                department.isEmpty() ? other.department : department,
                anniversary == null ? other.anniversary : anniversary,
                gender.isEmpty() ? other.gender : gender,
                both(profiles, other.profiles, p -> p.address().toLowerCase(Locale.ROOT)),
                both(relatedNames, other.relatedNames, r -> r.label() + "\n" + Text.fold(r.name())),
                photo == null ? other.photo : photo);
    }

    /**
     * The other's single values that differ from this one's, as lines for the notes ("Department: Sales"),
     * so a merge that keeps this one's loses neither.
     */
    public List<String> conflicts(ContactExtras other) {
        List<String> lines = new ArrayList<>();
        if (!department.isEmpty() && !other.department.isEmpty() && !department.equalsIgnoreCase(other.department)) {
            lines.add("Department: " + other.department);
        }
        if (anniversary != null && other.anniversary != null && !anniversary.equals(other.anniversary)) {
            Birthday a = other.anniversary;
            lines.add("Anniversary: " + (a.year() == null ? "--" : String.format(Locale.ROOT, "%04d-", a.year()))
                    + String.format(Locale.ROOT, "%02d-%02d", a.month(), a.day()));
        }
        if (!gender.isEmpty() && !other.gender.isEmpty() && !gender.equalsIgnoreCase(other.gender)) {
            lines.add("Gender: " + other.gender);
        }
        return lines;
    }

    private static <T> List<T> both(List<T> a, List<T> b, Function<T, String> key) {
        List<T> all = new ArrayList<>(a);
        List<String> keys = new ArrayList<>(a.stream().map(key).toList());
        for (T t : b) {
            if (!keys.contains(key.apply(t))) {
                keys.add(key.apply(t));
                all.add(t);
            }
        }
        return all;
    }

    /**
     * A messaging or social profile: a messenger by its URI ("home", "xmpp:anna@jabber.example"), a social
     * profile by its service and address ("twitter", "https://twitter.com/anna").
     */
    public record Profile(String label, String address) {
        /** URI schemes of messengers (vCard IMPP); a profile with any other address is a social profile. */
        private static final Set<String> MESSENGERS = Set.of("xmpp", "sip", "skype", "aim", "icq", "msnim", "ymsgr",
                "gtalk", "irc", "im", "gg", "groupwise", "matrix", "tel", "sms");

        public Profile {
            label = Text.clean(label);
            address = Text.clean(address);
        }

        public boolean isMessenger() {
            int colon = address.indexOf(':');
            return colon > 0 && MESSENGERS.contains(address.substring(0, colon).toLowerCase(Locale.ROOT));
        }
    }

    /** A related person by name, with the relation as the file called it ("spouse", "assistant"). */
    public record RelatedName(String label, String name) {
        public RelatedName {
            label = Text.clean(label);
            name = Text.clean(name);
        }
    }
}
