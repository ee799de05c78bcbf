package app.rapport.domain.sync;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A contact changed in Rapport and on the address-book server since the last sync, made one, field by field,
 * against the version both had then (the base):
 * <ul>
 *   <li>a field of one value (a name part, the organisation, the birthday, the notes…) changed on one side only
 *       takes that side's value; changed on both sides to the same value, that value; changed on both sides to
 *       different values, it is a {@link Conflict}: the merged contact holds Rapport's value until the user
 *       chooses ({@link Result#choose}), and both values are in the conflict, so neither is lost;</li>
 *   <li>a list (emails, phones, addresses, web addresses, tags, nicknames, profiles, related names) never
 *       conflicts: what either side added is kept, what either side removed goes (unless the other side still
 *       has it and the base did not), in Rapport's order, the server's additions after.</li>
 * </ul>
 * Without a base (the first sync of a contact matched to a card), a field empty on one side takes the other's
 * value, and lists are joined.
 */
public final class CardMerge {
    /** The fields of one value, each merged on its own. */
    public enum Field {
        KIND, PREFIX, GIVEN, FAMILY, SUFFIX, NICKNAME, ORGANISATION, TITLE, ORG_KIND, BIRTHDAY, NOTES, DEPARTMENT,
        ANNIVERSARY, GENDER, PHOTO
    }

    /** Which version the user keeps for a conflicting field. */
    public enum Side { RAPPORT, SERVER }

    /** A field changed on both sides to different values; {@code rapport} is in the merged contact until chosen. */
    public record Conflict(Field field, Object rapport, Object server) {
    }

    /** The merged contact (Rapport's id, archived flag and dates) and the fields the user must choose. */
    public record Result(Contact merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }

        /** The merged contact with {@code side}'s value of the conflicting {@code field}; that conflict settled. */
        public Result choose(Field field, Side side) {
            Conflict conflict = conflicts.stream().filter(c -> c.field() == field).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no conflict over " + field));
            Values v = Values.of(merged);
            v.set(field, side == Side.RAPPORT ? conflict.rapport() : conflict.server());
            List<Conflict> left = new ArrayList<>(conflicts);
            left.remove(conflict);
            return new Result(v.into(merged), left);
        }
    }

    private CardMerge() {
    }

    /** The value of one field of {@code contact}, as the merge compares it (a String, an enum, a date, a photo). */
    public static Object valueOf(Contact contact, Field field) {
        return Values.of(contact).get(field);
    }

    /**
     * {@code target} with {@code source}'s values of {@code fields}: a conflict settled for the other side after the
     * sync. Every other field, the lists, the id, flags and dates stay {@code target}'s.
     */
    public static Contact withValues(Contact target, Contact source, Collection<Field> fields) {
        Values from = Values.of(source);
        Values out = Values.of(target);
        fields.forEach(f -> out.set(f, from.get(f)));
        return out.into(target);
    }

    /**
     * @param base   the contact as both sides had it at the last sync, or null when there was none
     * @param rapport the contact in Rapport now
     * @param server the card on the server now, read as a contact
     */
    public static Result merge(Contact base, Contact rapport, Contact server) {
        Values b = base == null ? null : Values.of(base);
        Values r = Values.of(rapport);
        Values s = Values.of(server);
        Values out = Values.of(rapport);
        List<Conflict> conflicts = new ArrayList<>();
        for (Field f : Field.values()) {
            Object mine = r.get(f);
            Object theirs = s.get(f);
            if (Objects.equals(mine, theirs)) {
                continue;
            }
            if (b == null) {
                if (empty(mine)) {
                    out.set(f, theirs);
                } else if (!empty(theirs)) {
                    conflicts.add(new Conflict(f, mine, theirs));
                }
            } else if (Objects.equals(b.get(f), mine)) {
                out.set(f, theirs);
            } else if (!Objects.equals(b.get(f), theirs)) {
                conflicts.add(new Conflict(f, mine, theirs));
            }
        }
        ContactExtras re = rapport.extras();
        ContactExtras se = server.extras();
        ContactExtras be = base == null ? null : base.extras();
        Contact merged = new Contact(rapport.id(), rapport.kind(), rapport.name(), rapport.organisation(), rapport.title(),
                rapport.orgKind(), rapport.birthday(),
                list(base == null ? null : base.emails(), rapport.emails(), server.emails()),
                list(base == null ? null : base.phones(), rapport.phones(), server.phones()),
                list(base == null ? null : base.addresses(), rapport.addresses(), server.addresses()),
                list(base == null ? null : base.websites(), rapport.websites(), server.websites()),
                list(base == null ? null : base.tags(), rapport.tags(), server.tags()),
                rapport.notes(), rapport.archived(), rapport.createdAt(), rapport.updatedAt(),
                new ContactExtras(list(be == null ? null : be.nicknames(), re.nicknames(), se.nicknames()),
                        re.department(), re.anniversary(), re.gender(),
                        list(be == null ? null : be.profiles(), re.profiles(), se.profiles()),
                        list(be == null ? null : be.relatedNames(), re.relatedNames(), se.relatedNames()), re.photo()));
        return new Result(out.into(merged), conflicts);
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isEmpty();
    }

    /** Rapport's items that the server did not remove, then the server's additions. */
    static <T> List<T> list(List<T> base, List<T> rapport, List<T> server) {
        Set<T> was = base == null ? Set.of() : new LinkedHashSet<>(base);
        Set<T> theirs = new LinkedHashSet<>(server);
        Set<T> out = new LinkedHashSet<>();
        for (T item : rapport) {
            if (theirs.contains(item) || !was.contains(item)) {
                out.add(item);
            }
        }
        Set<T> mine = new LinkedHashSet<>(rapport);
        for (T item : server) {
            if (!mine.contains(item) && !was.contains(item)) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    /** The fields of one value of a contact, read and written by name. */
    private static final class Values {
        private final Map<Field, Object> values = new EnumMap<>(Field.class);

        static Values of(Contact c) {
            Values v = new Values();
            PersonName n = c.name();
            v.values.put(Field.KIND, c.kind());
            v.values.put(Field.PREFIX, n.prefix());
            v.values.put(Field.GIVEN, n.given());
            v.values.put(Field.FAMILY, n.family());
            v.values.put(Field.SUFFIX, n.suffix());
            v.values.put(Field.NICKNAME, n.nickname());
            v.values.put(Field.ORGANISATION, c.organisation());
            v.values.put(Field.TITLE, c.title());
            v.values.put(Field.ORG_KIND, c.orgKind());
            v.values.put(Field.BIRTHDAY, c.birthday());
            v.values.put(Field.NOTES, c.notes());
            v.values.put(Field.DEPARTMENT, c.extras().department());
            v.values.put(Field.ANNIVERSARY, c.extras().anniversary());
            v.values.put(Field.GENDER, c.extras().gender());
            v.values.put(Field.PHOTO, c.extras().photo());
            return v;
        }

        Object get(Field f) {
            return values.get(f);
        }

        void set(Field f, Object value) {
            values.put(f, value);
        }

        /** {@code c} with these values; its lists, id, flags and dates as they are. */
        Contact into(Contact c) {
            ContactExtras e = c.extras();
            PersonName name = new PersonName(text(Field.PREFIX), text(Field.GIVEN), text(Field.FAMILY), text(Field.SUFFIX),
                    text(Field.NICKNAME));
            return new Contact(c.id(), (ContactKind) get(Field.KIND), name, text(Field.ORGANISATION), text(Field.TITLE),
                    (OrgKind) get(Field.ORG_KIND), (Birthday) get(Field.BIRTHDAY), c.emails(), c.phones(), c.addresses(),
                    c.websites(), c.tags(), text(Field.NOTES), c.archived(), c.createdAt(), c.updatedAt(),
                    new ContactExtras(e.nicknames(), text(Field.DEPARTMENT), (Birthday) get(Field.ANNIVERSARY),
                            text(Field.GENDER), e.profiles(), e.relatedNames(), (ContactPhoto) get(Field.PHOTO)));
        }

        private String text(Field f) {
            Object v = get(f);
            return v == null ? "" : (String) v;
        }
    }
}
