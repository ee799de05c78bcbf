package app.rapport.persistence.importing;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.persistence.Database;
import app.rapport.persistence.OpenFiles;
import app.rapport.persistence.SqliteErrors;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.contacts.ContactLoader;
import app.rapport.persistence.contacts.ContactUids;
import app.rapport.persistence.contacts.MatchColumns;
import app.rapport.persistence.contacts.SortKeys;
import app.rapport.service.importing.ImportBatch;
import app.rapport.service.importing.ImportCancelledException;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.ImportRepository;
import app.rapport.service.importing.KnownContact;
import app.rapport.service.importing.KnownLookup;
import app.rapport.service.importing.MatchKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Imports in SQLite through Jdbi: the contacts to match against, and the one transaction that writes. */
public final class JdbiImportRepository implements ImportRepository {
    private final Jdbi jdbi;
    private final Transactions tx;
    private final Clock clock;

    private final SortKeys sortKeys;

    public JdbiImportRepository(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.tx = new Transactions(database.jdbi());
        this.sortKeys = database.sortKeys();
        this.clock = clock;
    }

    @Override
    public List<KnownContact> knownContacts() {
        return tx.read(h -> known(h, "", ""));
    }

    /**
     * Finds the candidates by index: contacts by UID, match name and name key, emails and phones by
     * their match keys (V12, see {@link MatchColumns}). Rows whose keys were not computed yet, and
     * phones keyed in another country than {@code wanted}'s, have their keys computed here as
     * {@link #knownContacts()} would; so do the UIDs of contacts that came without one, when the
     * import holds a UID Rapport could have derived.
     */
    @Override
    public List<KnownContact> knownContacts(KnownLookup wanted) {
        return tx.read(h -> {
            Set<Long> ids = new HashSet<>();
            if (!wanted.uids().isEmpty()) {
                ids.addAll(longs(h, "SELECT id FROM contact WHERE vcard_uid IN (SELECT value FROM json_each(?))",
                        json(wanted.uids())));
                if (wanted.uids().stream().anyMatch(JdbiImportRepository::couldBeDerived)) {
                    String identity = ContactUids.identity(h);
                    h.createQuery("SELECT id, created_at FROM contact WHERE vcard_uid IS NULL AND deleted_at IS NULL")
                            .map((rs, ctx) -> wanted.uids().contains(ContactUids.derived(identity, rs.getLong(1),
                                    rs.getString(2))) ? rs.getLong(1) : null)
                            .forEach(id -> {
                                if (id != null) {
                                    ids.add(id);
                                }
                            });
                }
            }
            if (!wanted.emails().isEmpty()) {
                ids.addAll(longs(h, "SELECT contact_id FROM contact_email WHERE match_key IN (SELECT value FROM json_each(?))",
                        json(wanted.emails())));
                h.createQuery("SELECT contact_id, address FROM contact_email WHERE match_key IS NULL")
                        .map((rs, ctx) -> wanted.emails().contains(MatchKeys.email(rs.getString(2))) ? rs.getLong(1) : null)
                        .forEach(id -> {
                            if (id != null) {
                                ids.add(id);
                            }
                        });
            }
            if (!wanted.phones().isEmpty()) {
                String region = wanted.region();
                ids.addAll(longs(h, """
                        SELECT contact_id FROM contact_phone
                        WHERE match_key IN (SELECT value FROM json_each(?)) AND match_region IN ('', ?)""",
                        json(wanted.phones()), region));
                // keyed in another country (the home country changed since), or not keyed yet: one pass over
                // the phones without an index (an index on the region cost every write more than it saved here)
                PhoneKey phoneKey = new PhoneKey(region);
                h.createQuery("""
                                SELECT contact_id, number FROM contact_phone
                                WHERE match_key IS NULL OR match_region IS NULL OR (match_region <> '' AND match_region <> ?)""")
                        .bind(0, region)
                        .map((rs, ctx) -> wanted.phones().contains(phoneKey.of(rs.getString(2))) ? rs.getLong(1) : null)
                        .forEach(id -> {
                            if (id != null) {
                                ids.add(id);
                            }
                        });
            }
            if (!wanted.matchNames().isEmpty()) {
                ids.addAll(longs(h, "SELECT id FROM contact WHERE match_name IN (SELECT value FROM json_each(?))",
                        json(wanted.matchNames())));
            }
            if (!wanted.nameKeys().isEmpty()) {
                ids.addAll(longs(h, "SELECT id FROM contact WHERE name_key IN (SELECT value FROM json_each(?))",
                        json(wanted.nameKeys())));
            }
            if (!wanted.matchNames().isEmpty() || !wanted.nameKeys().isEmpty()) {
                h.createQuery("""
                                SELECT id, kind, given_name, family_name, nickname, organisation FROM contact
                                WHERE match_name IS NULL OR name_key IS NULL""")
                        .map((rs, ctx) -> {
                            ContactKind kind = ContactKind.valueOf(rs.getString(2));
                            boolean found = wanted.matchNames().contains(MatchColumns.matchName(kind, rs.getString(3),
                                    rs.getString(4), rs.getString(6)))
                                    || wanted.nameKeys().contains(MatchColumns.nameKey(kind, rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6)));
                            return found ? rs.getLong(1) : null;
                        })
                        .forEach(id -> {
                            if (id != null) {
                                ids.add(id);
                            }
                        });
            }
            return ids.isEmpty() ? List.of() : known(h, " AND c.id IN (SELECT value FROM json_each(?))",
                    json(ids.stream().sorted().map(String::valueOf).toList()));
        });
    }

    /** A UID Rapport derives for a contact that came without one is a name-based (version 3) UUID. */
    private static boolean couldBeDerived(String uid) {
        try {
            return UUID.fromString(uid).version() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Long> longs(Handle h, String sql, Object... args) {
        var query = h.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.mapTo(Long.class).list();
    }

    /** A JSON array of strings, for json_each: one statement for any number of values. */
    private static String json(Collection<String> values) {
        StringBuilder out = new StringBuilder(values.size() * 24).append('[');
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '"' || ch == '\\') {
                    out.append('\\').append(ch);
                } else if (ch < 0x20) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                } else {
                    out.append(ch);
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    /** The contacts not in the trash ({@code where} added to that, with {@code idArray} bound when given), by id. */
    private static List<KnownContact> known(Handle h, String where, String idArray) {
        Map<Long, List<String>> emails = new HashMap<>();
        var emailQuery = h.createQuery("SELECT e.contact_id, e.address FROM contact_email e JOIN contact c "
                + "ON c.id = e.contact_id WHERE c.deleted_at IS NULL" + where);
        if (!idArray.isEmpty()) {
            emailQuery.bind(0, idArray);
        }
        emailQuery.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> emails.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> phones = new HashMap<>();
        var phoneQuery = h.createQuery("SELECT p.contact_id, p.number FROM contact_phone p JOIN contact c "
                + "ON c.id = p.contact_id WHERE c.deleted_at IS NULL" + where);
        if (!idArray.isEmpty()) {
            phoneQuery.bind(0, idArray);
        }
        phoneQuery.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        String identity = ContactUids.identity(h);
        var contacts = h.createQuery("""
                SELECT c.id, c.kind, c.created_at, c.given_name, c.family_name, c.nickname, c.organisation,
                       c.display_name, c.vcard_uid, c.birthday_year, c.birthday_month, c.birthday_day
                FROM contact c WHERE c.deleted_at IS NULL""" + where + " ORDER BY c.id");
        if (!idArray.isEmpty()) {
            contacts.bind(0, idArray);
        }
        return contacts.map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ContactKind kind = ContactKind.valueOf(rs.getString("kind"));
                    int month = rs.getInt("birthday_month");
                    int day = rs.getInt("birthday_day");
                    int year = rs.getInt("birthday_year");
                    Integer knownYear = rs.wasNull() ? null : year;
                    Birthday birthday = month > 0 && Birthday.isValid(month, day, knownYear)
                            ? Birthday.of(month, day, knownYear) : null;
                    String given = rs.getString("given_name");
                    String family = rs.getString("family_name");
                    String organisation = rs.getString("organisation");
                    return new KnownContact(id, kind, rs.getString("display_name"),
                            MatchColumns.nameKey(kind, given, family, rs.getString("nickname"), organisation),
                            emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
                            rs.getString("vcard_uid") != null ? rs.getString("vcard_uid")
                                    : ContactUids.derived(identity, id, rs.getString("created_at")),
                            MatchColumns.matchName(kind, given, family, organisation),
                            kind == ContactKind.PERSON ? nz(organisation) : "", birthday);
                })
                .list();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        // with photos: a card's photo adds nothing to a contact that has one (it is never replaced)
        return tx.read(h -> ContactLoader.load(h, ids, true));
    }

    @Override
    public long[] write(ImportBatch batch, ImportProgress progress, BooleanSupplier cancel) {
        try {
            return jdbi.inTransaction(h -> new ImportWriter(h, sortKeys, clock.instant(), progress, cancel).write(batch));
        } catch (ImportCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    @Override
    public boolean isOpenDatabase(java.nio.file.Path file) {
        return OpenFiles.isOpen(file);
    }
}
