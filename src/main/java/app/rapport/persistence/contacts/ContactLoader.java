package app.rapport.persistence.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import app.rapport.persistence.network.NetworkWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;

/**
 * Many whole contacts in a few queries (rows, then each kind of channel for all of them), for imports
 * and exports; {@code find} one by one would run six queries per contact.
 */
public final class ContactLoader {
    private ContactLoader() {
    }

    /** The contacts with these ids not in the trash, in id order. */
    public static Map<Long, Contact> load(Handle h, Collection<Long> ids) {
        return load(h, ids, false);
    }

    /** The same, with each contact's photo when {@code photos} (exports write them again). */
    public static Map<Long, Contact> load(Handle h, Collection<Long> ids, boolean photos) {
        Map<Long, Contact> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        String json = NetworkWriter.jsonArray(ids);
        h.createQuery("SELECT * FROM contact WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY id")
                .bind(0, json).map((rs, ctx) -> JdbiContactRepository.contactRowOf(rs))
                .forEach(c -> rows.put(c.id(), c));
        Map<Long, List<Email>> emails = children(h, json, "SELECT contact_id, label, address FROM contact_email",
                (rs, i) -> new Email(rs[0], rs[1]));
        Map<Long, List<Phone>> phones = children(h, json, "SELECT contact_id, label, number FROM contact_phone",
                (rs, i) -> new Phone(rs[0], rs[1]));
        Map<Long, List<Website>> websites = children(h, json, "SELECT contact_id, label, url FROM contact_website",
                (rs, i) -> new Website(rs[0], rs[1]));
        Map<Long, List<PostalAddress>> addresses = new HashMap<>();
        h.createQuery("""
                        SELECT contact_id, label, street, locality, region, postal_code, country_code, is_mailing
                        FROM contact_address WHERE contact_id IN (SELECT value FROM json_each(?))
                        ORDER BY contact_id, position, id""")
                .bind(0, json)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new PostalAddress(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1)))
                .forEach(e -> addresses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("""
                        SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                        WHERE ct.contact_id IN (SELECT value FROM json_each(?))
                        ORDER BY ct.contact_id, t.name COLLATE NOCASE""")
                .bind(0, json)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, ContactExtras> extras = ExtraRows.load(h, rows.keySet());
        Map<Long, ContactPhoto> pictures = photos ? ExtraRows.photos(h, rows.keySet()) : Map.of();
        Map<Long, Contact> contacts = new LinkedHashMap<>();
        rows.forEach((id, row) -> contacts.put(id, new Contact(id, row.kind(), row.name(), row.organisation(),
                row.title(), row.orgKind(), row.birthday(), emails.getOrDefault(id, List.of()),
                phones.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                websites.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()), row.notes(), row.archived(),
                row.createdAt(), row.updatedAt(),
                extras.getOrDefault(id, ContactExtras.EMPTY).withPhoto(pictures.get(id)))));
        return contacts;
    }

    /** Rows of a (contact_id, label, value) table for the contacts in {@code json}, in position order. */
    private static <T> Map<Long, List<T>> children(Handle h, String json, String select,
                                                   BiFunction<String[], Integer, T> make) {
        Map<Long, List<T>> byContact = new HashMap<>();
        h.createQuery(select + " WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position, id")
                .bind(0, json)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), make.apply(new String[] {rs.getString(2), rs.getString(3)}, 0)))
                .forEach(e -> byContact.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byContact;
    }
}
