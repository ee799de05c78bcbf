package app.rapport.persistence.contacts;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactExtras.Profile;
import app.rapport.domain.contacts.ContactExtras.RelatedName;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.persistence.network.NetworkWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A contact's {@link ContactExtras} as rows of contact_extra (see V10), and its photo in contact_photo. */
final class ExtraRows {
    static final String INSERT = "INSERT INTO contact_extra (contact_id, field, position, label, value) VALUES (?, ?, ?, ?, ?)";
    /**
     * A photo for a contact that has none. A contact's photo is never replaced by a write: an import
     * merging a card into a contact that has a photo keeps the one the user already had.
     */
    static final String UPSERT_PHOTO = """
            INSERT INTO contact_photo (contact_id, mime, bytes, thumbnail) VALUES (?, ?, ?, ?)
            ON CONFLICT (contact_id) DO NOTHING""";

    private ExtraRows() {
    }

    static void add(PreparedBatch rows, PreparedBatch photos, long id, ContactExtras x) {
        int i = 0;
        for (String n : x.nicknames()) {
            rows.add(id, "NICKNAME", i++, "", n);
        }
        if (!x.department().isEmpty()) {
            rows.add(id, "DEPARTMENT", 0, "", x.department());
        }
        if (x.anniversary() != null) {
            Birthday a = x.anniversary();
            rows.add(id, "ANNIVERSARY", 0, "", (a.year() == null ? "--" : String.format(Locale.ROOT, "%04d-", a.year()))
                    + String.format(Locale.ROOT, "%02d-%02d", a.month(), a.day()));
        }
        if (!x.gender().isEmpty()) {
            rows.add(id, "GENDER", 0, "", x.gender());
        }
        i = 0;
        for (Profile p : x.profiles()) {
            rows.add(id, "PROFILE", i++, p.label(), p.address());
        }
        i = 0;
        for (RelatedName r : x.relatedNames()) {
            rows.add(id, "RELATED", i++, r.label(), r.name());
        }
        if (x.photo() != null) {
            photos.add(id, x.photo().mime(), x.photo().bytes(), x.photo().thumbnail());
        }
    }

    /** The extras of these contacts (without photos), by contact id. */
    static Map<Long, ContactExtras> load(Handle h, Collection<Long> ids) {
        Map<Long, Builder> builders = new HashMap<>();
        h.createQuery("""
                        SELECT contact_id, field, label, value FROM contact_extra
                        WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, field, position, id""")
                .bind(0, NetworkWriter.jsonArray(ids))
                .map((rs, ctx) -> {
                    builders.computeIfAbsent(rs.getLong(1), k -> new Builder())
                            .add(rs.getString(2), rs.getString(3), rs.getString(4));
                    return 0;
                })
                .list();
        Map<Long, ContactExtras> extras = new HashMap<>();
        builders.forEach((id, b) -> extras.put(id, b.build()));
        return extras;
    }

    static ContactPhoto photo(Handle h, long id) {
        return h.createQuery("SELECT mime, bytes, thumbnail FROM contact_photo WHERE contact_id = ?")
                .bind(0, id)
                .map((rs, ctx) -> new ContactPhoto(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .findOne().orElse(null);
    }

    /** Photos of these contacts, by contact id: for exports, which write them again. */
    static Map<Long, ContactPhoto> photos(Handle h, Collection<Long> ids) {
        Map<Long, ContactPhoto> photos = new HashMap<>();
        h.createQuery("SELECT contact_id, mime, bytes, thumbnail FROM contact_photo "
                        + "WHERE contact_id IN (SELECT value FROM json_each(?))")
                .bind(0, NetworkWriter.jsonArray(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new ContactPhoto(rs.getString(2), rs.getBytes(3), rs.getBytes(4))))
                .forEach(e -> photos.put(e.getKey(), e.getValue()));
        return photos;
    }

    /** The small pictures for the list and the map, by contact id; contacts without a photo are absent. */
    static Map<Long, byte[]> thumbnails(Handle h, Collection<Long> ids) {
        Map<Long, byte[]> thumbnails = new HashMap<>();
        h.createQuery("SELECT contact_id, thumbnail FROM contact_photo WHERE contact_id IN (SELECT value FROM json_each(?))")
                .bind(0, NetworkWriter.jsonArray(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
                .forEach(e -> thumbnails.put(e.getKey(), e.getValue()));
        return thumbnails;
    }

    private static final class Builder {
        private final List<String> nicknames = new ArrayList<>();
        private String department = "";
        private Birthday anniversary;
        private String gender = "";
        private final List<Profile> profiles = new ArrayList<>();
        private final List<RelatedName> related = new ArrayList<>();

        void add(String field, String label, String value) {
            switch (field) {
                case "NICKNAME" -> nicknames.add(value);
                case "DEPARTMENT" -> department = value;
                case "ANNIVERSARY" -> anniversary = date(value);
                case "GENDER" -> gender = value;
                case "PROFILE" -> profiles.add(new Profile(label, value));
                case "RELATED" -> related.add(new RelatedName(label, value));
                default -> {
                    // a field a later version of Rapport wrote; this one has no place for it
                }
            }
        }

        private static Birthday date(String value) {
            String[] parts = value.startsWith("--") ? ("0-" + value.substring(2)).split("-") : value.split("-");
            try {
                int year = Integer.parseInt(parts[0]);
                int month = Integer.parseInt(parts[1]);
                int day = Integer.parseInt(parts[2]);
                Integer y = value.startsWith("--") ? null : year;
                return Birthday.isValid(month, day, y) ? Birthday.of(month, day, y) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        ContactExtras build() {
            return new ContactExtras(nicknames, department, anniversary, gender, profiles, related, null);
        }
    }
}
