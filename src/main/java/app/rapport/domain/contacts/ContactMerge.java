package app.rapport.domain.contacts;

import app.rapport.domain.Text;
import app.rapport.domain.language.Bundles;
import app.rapport.domain.language.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two contacts' data as one: the kept contact's values win, the other's fill what is empty; every
 * channel and tag of both is kept once (emails ignoring case, phones by {@link PhoneKey}, addresses and
 * web addresses ignoring case and spacing); the other's notes are added below the kept one's. Nothing
 * is dropped: a title, organisation or birthday of the other that differs from the kept one's is
 * written into the notes ("Also given: title CTO"), see {@link #conflicts}.
 */
public final class ContactMerge {
    /** Between the two notes when both have some. */
    public static final String NOTES_SEPARATOR = "\n\n";

    private final PhoneKey phones;
    private final java.util.function.Function<Kept, String> noteLine;

    /** A value of the other contact that differs from the kept one's, kept in the notes. */
    public record Kept(Field field, String value) {
    }

    /** The fields of which a contact has one value. */
    public enum Field { TITLE, ORGANISATION, BIRTHDAY }

    /** Notes lines in English. */
    public ContactMerge(String defaultRegion) {
        this(defaultRegion, Locale.ENGLISH);
    }

    /** Notes lines in {@code language}. */
    public ContactMerge(String defaultRegion, Locale language) {
        this(defaultRegion, () -> language);
    }

    /** Notes lines in the language {@code language} gives at the time of the merge (the user's, which may change). */
    public ContactMerge(String defaultRegion, java.util.function.Supplier<Locale> language) {
        this.phones = new PhoneKey(defaultRegion);
        this.noteLine = k -> {
            Locale in = language.get();
            return Messages.format(Bundles.of(in).getString("merge.kept." + k.field().name()), in, k.value());
        };
    }

    /**
     * The other's title, organisation (a person's employer) and birthday where the kept contact has a
     * different one: the merge keeps them in the notes.
     */
    public List<Kept> conflicts(Contact keep, Contact other) {
        List<Kept> kept = new ArrayList<>();
        if (!keep.title().isEmpty() && !other.title().isEmpty()
                && !Text.fold(keep.title()).equals(Text.fold(other.title()))) {
            kept.add(new Kept(Field.TITLE, other.title()));
        }
        if (keep.isPerson() && !keep.organisation().isEmpty() && !other.organisation().isEmpty()
                && !Text.fold(keep.organisation()).equals(Text.fold(other.organisation()))) {
            kept.add(new Kept(Field.ORGANISATION, other.organisation()));
        }
        Birthday a = keep.birthday();
        Birthday b = other.birthday();
        if (a != null && b != null && !sameDay(a, b)) {
            kept.add(new Kept(Field.BIRTHDAY, b.year() == null ? String.format(Locale.ROOT, "--%02d-%02d", b.month(), b.day())
                    : java.time.LocalDate.of(b.year(), b.month(), b.day()).toString()));
        }
        return kept;
    }

    /** The same day, years agreeing where both are known. */
    private static boolean sameDay(Birthday a, Birthday b) {
        return a.month() == b.month() && a.day() == b.day()
                && (a.year() == null || b.year() == null || a.year().equals(b.year()));
    }

    /** The merged contact, with {@code keep}'s id, kind, archive state and timestamps. */
    public Contact combine(Contact keep, Contact other) {
        PersonName a = keep.name();
        PersonName b = other.name();
        PersonName name = new PersonName(either(a.prefix(), b.prefix()), either(a.given(), b.given()),
                either(a.family(), b.family()), either(a.suffix(), b.suffix()), either(a.nickname(), b.nickname()));
        if (!keep.isPerson()) {
            name = a;
        }
        String organisation = either(keep.organisation(), other.organisation());
        List<Email> emails = union(keep.emails(), other.emails(), e -> e.address().toLowerCase(Locale.ROOT));
        List<Phone> phoneList = union(keep.phones(), other.phones(), p -> phones.of(p.number()));
        boolean keepHasMailing = keep.addresses().stream().anyMatch(PostalAddress::mailing);
        List<PostalAddress> others = other.addresses().stream()
                .map(x -> keepHasMailing && x.mailing() ? withoutMailing(x) : x).toList();
        List<PostalAddress> addresses = union(keep.addresses(), others, x -> Text.fold(x.oneLine()));
        List<Website> websites = union(keep.websites(), other.websites(), ContactMerge::websiteKey);
        List<String> tags = union(keep.tags(), other.tags(), t -> t.toLowerCase(Locale.ROOT));
        return new Contact(keep.id(), keep.kind(), name, organisation, either(keep.title(), other.title()),
                keep.orgKind(), birthday(keep.birthday(), other.birthday()), emails, phoneList, addresses, websites,
                tags, notes(keptNotes(keep, other), String.join("\n", keep.extras().conflicts(other.extras()))),
                keep.archived(), keep.createdAt(), keep.updatedAt(), keep.extras().union(other.extras()));
    }

    private String keptNotes(Contact keep, Contact other) {
        String notes = notes(keep.notes(), other.notes());
        List<String> lines = new ArrayList<>();
        for (Kept k : conflicts(keep, other)) {
            lines.add(noteLine.apply(k));
        }
        return lines.isEmpty() ? notes : notes(notes, String.join("\n", lines));
    }

    /** True when merging {@code other} into {@code keep} would change nothing. */
    public boolean addsNothing(Contact keep, Contact other) {
        return combine(keep, other).equals(keep);
    }

    /** The kept text, with the other below it unless it says nothing new. */
    public static String notes(String kept, String other) {
        // line breaks as another program wrote them (CRLF) are the same text
        if (other.isEmpty() || lines(kept).contains(lines(other))) {
            return kept;
        }
        return kept.isEmpty() ? other : kept + NOTES_SEPARATOR + other;
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Birthday birthday(Birthday kept, Birthday other) {
        if (kept == null) {
            return other;
        }
        // the same day with its year known is the better of the two
        if (kept.year() == null && other != null && other.year() != null && other.month() == kept.month()
                && other.day() == kept.day()) {
            return other;
        }
        return kept;
    }

    private static String either(String kept, String other) {
        return kept.isEmpty() ? other : kept;
    }

    private static PostalAddress withoutMailing(PostalAddress a) {
        return new PostalAddress(a.label(), a.street(), a.locality(), a.region(), a.postalCode(), a.countryCode(),
                false);
    }

    private static String websiteKey(Website w) {
        return w.url().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/+$", "");
    }

    private static <T> List<T> union(List<T> kept, List<T> other, java.util.function.Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        List<T> result = new ArrayList<>(kept);
        Set<String> seen = new HashSet<>();
        for (T t : kept) {
            seen.add(key.apply(t));
        }
        for (T t : other) {
            String k = key.apply(t);
            if (seen.add(k)) {
                byKey.put(k, t);
            }
        }
        result.addAll(byKey.values());
        return result;
    }
}
