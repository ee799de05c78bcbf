package app.rapport.persistence.contacts;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactCounts;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.SqliteErrors;
import app.rapport.persistence.StatementCache;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.contacts.ContactRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Contacts in SQLite through Jdbi. Each public method is one transaction. */
public final class JdbiContactRepository implements ContactRepository {
    private static final int BATCH = 500;
    /** The same first email and phone the channel triggers keep, for a range of contacts at once. */
    public static final String FIRST_CHANNELS = """
            UPDATE contact SET
                primary_email = coalesce((SELECT address FROM contact_email e WHERE e.contact_id = contact.id
                                          ORDER BY position, id LIMIT 1), ''),
                primary_phone = coalesce((SELECT number FROM contact_phone p WHERE p.contact_id = contact.id
                                          ORDER BY position, id LIMIT 1), '')""";
    public static final String INSERT_WITH_ID = """
            INSERT INTO contact (id, kind, given_name, family_name, name_prefix, name_suffix, nickname,
                organisation, title, org_kind, display_name, sort_name, sort_org, birthday_year, birthday_month,
                birthday_day, notes, archived, created_at, updated_at, match_name, name_key)
            VALUES (:id, :kind, :given, :family, :prefix, :suffix, :nickname, :organisation, :title, :orgKind,
                :displayName, :sortName, :sortOrg, :bYear, :bMonth, :bDay, :notes, :archived, :created, :updated,
                :matchName, :nameKey)""";
    /** One contact's row from {@link #columnsOf} and "id"; callers may add to the WHERE. */
    public static final String UPDATE_ROW = """
            UPDATE contact SET kind = :kind, given_name = :given, family_name = :family, name_prefix = :prefix,
                name_suffix = :suffix, nickname = :nickname, organisation = :organisation, title = :title,
                org_kind = :orgKind, display_name = :displayName, sort_name = :sortName, sort_org = :sortOrg,
                birthday_year = :bYear, birthday_month = :bMonth, birthday_day = :bDay, notes = :notes,
                archived = :archived, updated_at = :updated, match_name = :matchName, name_key = :nameKey
            WHERE id = :id AND deleted_at IS NULL""";

    private static final String SUMMARIES = """
            SELECT c.id, c.kind, c.org_kind, c.display_name, c.organisation, c.title, c.primary_email, c.primary_phone,
                   c.archived, c.updated_at, c.last_interaction_on, c.next_due_on, c.score,
                   coalesce((SELECT r.flagged FROM relationship r WHERE r.contact_id = c.id), 0) AS flagged,
                   (SELECT a.locality FROM contact_address a WHERE a.contact_id = c.id
                     ORDER BY a.is_mailing DESC, a.position LIMIT 1) AS locality,
                   (SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                     WHERE ct.contact_id = c.id) AS tags
            FROM contact c WHERE c.id IN (SELECT value FROM json_each(?))""";

    private final Jdbi jdbi;
    private final StatementCache statements;
    private final SortKeys sortKeys;
    private final Clock clock;

    public JdbiContactRepository(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.statements = database.statements();
        this.sortKeys = database.sortKeys();
        this.clock = clock;
    }

    @Override
    public long[] findIds(ContactQuery query) {
        return ids(SearchSql.idsFor(query));
    }

    @Override
    public long[] pickIds(String text, int offset, int limit) {
        return ids(SearchSql.pickFor(text, offset, limit));
    }

    private long[] ids(SearchSql search) {
        return read(h -> {
            try {
                PreparedStatement statement = statements.prepare(h.getConnection(), search.sql());
                for (int i = 0; i < search.params().size(); i++) {
                    statement.setObject(i + 1, search.params().get(i));
                }
                long[] ids = new long[256];
                int n = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (n == ids.length) {
                            ids = Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = rs.getLong(1);
                    }
                }
                return Arrays.copyOf(ids, n);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e);
            }
        });
    }

    @Override
    public List<ContactSummary> summaries(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        // one JSON array parameter keeps the statement text the same for any number of ids
        StringBuilder json = new StringBuilder(ids.length * 7).append('[');
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ",").append(ids[i]);
        }
        String idArray = json.append(']').toString();
        Map<Long, ContactSummary> byId = read(h -> {
            try {
                PreparedStatement statement = statements.prepare(h.getConnection(), SUMMARIES);
                statement.setString(1, idArray);
                Map<Long, ContactSummary> rows = new HashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ContactSummary s = summaryOf(rs);
                        rows.put(s.id(), s);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw SqliteErrors.translate(e);
            }
        });
        List<ContactSummary> ordered = new ArrayList<>(ids.length);
        for (long id : ids) {
            ContactSummary s = byId.get(id);
            if (s != null) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    @Override
    public Map<Long, byte[]> thumbnails(long[] ids) {
        if (ids.length == 0) {
            return Map.of();
        }
        List<Long> list = Arrays.stream(ids).boxed().toList();
        return read(h -> ExtraRows.thumbnails(h, list));
    }

    @Override
    public Optional<Contact> find(long id) {
        return read(h -> h.createQuery("SELECT * FROM contact WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id)
                .map((rs, ctx) -> contactRowOf(rs))
                .findOne()
                .map(row -> withChannels(h, row)));
    }

    @Override
    public long insert(Contact contact) {
        Instant now = clock.instant();
        return write(h -> {
            long id = h.createUpdate("""
                    INSERT INTO contact (kind, given_name, family_name, name_prefix, name_suffix, nickname, organisation,
                        title, org_kind, display_name, sort_name, sort_org, birthday_year, birthday_month, birthday_day,
                        notes, archived, created_at, updated_at, match_name, name_key)
                    VALUES (:kind, :given, :family, :prefix, :suffix, :nickname, :organisation, :title, :orgKind,
                        :displayName, :sortName, :sortOrg, :bYear, :bMonth, :bDay, :notes, :archived, :created, :updated,
                        :matchName, :nameKey)""")
                    .bindMap(columnsOf(contact, sortKeys, now, now))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insertChildren(h, id, contact);
            return id;
        });
    }

    @Override
    public void update(Contact contact) {
        Instant now = clock.instant();
        write(h -> {
            Map<String, Object> columns = columnsOf(contact, sortKeys, null, now);
            columns.put("id", contact.id());
            int changed = h.createUpdate(UPDATE_ROW)
                    .bindMap(columns)
                    .execute();
            if (changed == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Contact " + contact.id() + " no longer exists");
            }
            replaceChildren(h, contact);
            return null;
        });
    }

    @Override
    public long insertAll(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return 0;
        }
        return write(h -> insertContacts(h, contacts));
    }

    @Override
    public long insertChunk(List<Contact> contacts, LongFunction<NetworkBatch> network, String setting,
                            LongFunction<String> note) {
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("a chunk holds contacts");
        }
        return write(h -> {
            long first = insertContacts(h, contacts);
            NetworkBatch batch = network.apply(first);
            if (!batch.isEmpty()) {
                new NetworkWriter(h).write(batch);
            }
            h.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    setting, note.apply(first));
            return first;
        });
    }

    /** Contacts in bulk with consecutive ids, inside the caller's transaction. */
    private long insertContacts(Handle h, List<Contact> contacts) {
        return insertContacts(h, contacts, sortKeys, clock.instant());
    }

    /**
     * Contacts in bulk with consecutive ids from the next free one, inside the caller's transaction: rows and
     * channels as batches, the search rows, first channels and due dates once at the end (bulk_write), as an
     * import writes them. Contacts without dates get {@code now}. Returns the first id.
     */
    public static long insertContacts(Handle h, List<Contact> contacts, SortKeys sortKeys, Instant now) {
        // ids are assigned here so contacts and their channels can go in as batches
        long first = h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM contact").mapTo(Long.class).one();
        long next = first;
        h.execute("UPDATE bulk_write SET active = 1");
        PreparedBatch rows = h.prepareBatch(INSERT_WITH_ID);
        PhoneKey phoneKey = MatchColumns.phoneKey(h);
        ChannelBatches channels = new ChannelBatches(h, phoneKey);
        int pending = 0;
        // a fresh pair of batches per chunk keeps memory flat on large imports
        for (Contact c : contacts) {
            long id = next++;
            Instant created = c.createdAt() == null ? now : c.createdAt();
            Instant updated = c.updatedAt() == null ? created : c.updatedAt();
            Map<String, Object> columns = columnsOf(c, sortKeys, created, updated);
            columns.put("id", id);
            rows.bindMap(columns).add();
            channels.add(id, c);
            if (++pending == BATCH) {
                rows.execute();
                channels.execute();
                rows = h.prepareBatch(INSERT_WITH_ID);
                channels = new ChannelBatches(h, phoneKey);
                pending = 0;
            }
        }
        if (pending > 0) {
            rows.execute();
            channels.execute();
        }
        // what the triggers stood aside from, once per contact; same transaction, so nobody sees it half done
        h.execute(FIRST_CHANNELS + " WHERE id BETWEEN ? AND ?", first, next - 1);
        h.execute("INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text "
                + "WHERE id BETWEEN ? AND ?", first, next - 1);
        h.execute("INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text "
                + "WHERE id BETWEEN ? AND ?", first, next - 1);
        h.execute(NetworkWriter.DUE_COLUMNS + " WHERE id BETWEEN ? AND ?", first, next - 1);
        h.execute("UPDATE bulk_write SET active = 0");
        return first;
    }

    @Override
    public void insertNetwork(NetworkBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        write(h -> {
            new NetworkWriter(h).write(batch);
            return null;
        });
    }

    @Override
    public void moveToTrash(long id) {
        setDeleted(id, Timestamps.format(clock.instant()));
    }

    @Override
    public void restoreFromTrash(long id) {
        setDeleted(id, null);
    }

    private void setDeleted(long id, String deletedAt) {
        write(h -> {
            int changed = h.createUpdate("UPDATE contact SET deleted_at = :at WHERE id = :id")
                    .bind("at", deletedAt).bind("id", id).execute();
            if (changed == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Contact " + id + " no longer exists");
            }
            return null;
        });
    }

    @Override
    public int emptyTrash(Instant before) {
        return write(h -> h.createUpdate("DELETE FROM contact WHERE deleted_at IS NOT NULL AND deleted_at < :before")
                .bind("before", Timestamps.format(before)).execute());
    }

    @Override
    public List<String> tags() {
        return read(h -> h.createQuery("""
                SELECT t.name FROM tag t
                WHERE EXISTS (SELECT 1 FROM contact_tag ct JOIN contact c ON c.id = ct.contact_id
                              WHERE ct.tag_id = t.id AND c.deleted_at IS NULL)
                ORDER BY t.name COLLATE NOCASE""").mapTo(String.class).list());
    }

    @Override
    public ContactCounts counts() {
        return read(h -> h.createQuery("""
                SELECT
                  (SELECT count(*) FROM contact WHERE deleted_at IS NULL AND kind = 'PERSON') AS people,
                  (SELECT count(*) FROM contact WHERE deleted_at IS NULL AND kind = 'ORGANISATION') AS organisations,
                  (SELECT count(*) FROM contact WHERE deleted_at IS NULL AND archived = 1) AS archived,
                  (SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL) AS in_trash,
                  (SELECT count(*) FROM tag) AS tags,
                  (SELECT count(*) FROM contact_email) AS emails,
                  (SELECT count(*) FROM contact_phone) AS phones,
                  (SELECT count(*) FROM contact_address) AS addresses""")
                .map((rs, ctx) -> new ContactCounts(rs.getLong("people"), rs.getLong("organisations"),
                        rs.getLong("archived"), rs.getLong("in_trash"), rs.getLong("tags"), rs.getLong("emails"),
                        rs.getLong("phones"), rs.getLong("addresses")))
                .one());
    }

    @Override
    public boolean isEmpty() {
        return read(h -> h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM contact)").mapTo(Boolean.class).one());
    }

    // ---- mapping ----

    public static Map<String, Object> columnsOf(Contact c, SortKeys keys, Instant created, Instant updated) {
        Map<String, Object> m = new HashMap<>();
        PersonName n = c.name();
        m.put("kind", c.kind().name());
        m.put("given", blankToNull(n.given()));
        m.put("family", blankToNull(n.family()));
        m.put("prefix", blankToNull(n.prefix()));
        m.put("suffix", blankToNull(n.suffix()));
        m.put("nickname", blankToNull(n.nickname()));
        m.put("organisation", blankToNull(c.organisation()));
        m.put("title", blankToNull(c.title()));
        m.put("orgKind", c.orgKind() == null ? null : c.orgKind().name());
        m.put("displayName", c.displayName());
        m.put("sortName", keys.nameKey(c));
        m.put("sortOrg", keys.organisationKey(c));
        // what imports look candidates up by (V12), from the values as stored
        m.put("matchName", MatchColumns.matchName(c.kind(), (String) m.get("given"), (String) m.get("family"),
                (String) m.get("organisation")));
        m.put("nameKey", MatchColumns.nameKey(c.kind(), (String) m.get("given"), (String) m.get("family"),
                (String) m.get("nickname"), (String) m.get("organisation")));
        Birthday b = c.birthday();
        m.put("bYear", b == null ? null : b.year());
        m.put("bMonth", b == null ? null : b.month());
        m.put("bDay", b == null ? null : b.day());
        m.put("notes", c.notes());
        m.put("archived", c.archived() ? 1 : 0);
        if (created != null) {
            m.put("created", Timestamps.format(created));
        }
        m.put("updated", Timestamps.format(updated));
        return m;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static ContactSummary summaryOf(ResultSet rs) throws SQLException {
        String orgKind = rs.getString("org_kind");
        return new ContactSummary(rs.getLong("id"), ContactKind.valueOf(rs.getString("kind")),
                orgKind == null ? null : OrgKind.valueOf(orgKind), rs.getString("display_name"), nz(rs.getString("organisation")), nz(rs.getString("title")),
                rs.getString("primary_email"), rs.getString("primary_phone"), nz(rs.getString("locality")),
                nz(rs.getString("tags")), rs.getInt("archived") == 1, Timestamps.parse(rs.getString("updated_at")),
                LocalDates.parse(rs.getString("last_interaction_on")), LocalDates.parseDue(rs.getString("next_due_on")),
                rs.getInt("flagged") == 1, nullableInt(rs, "score"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Contact contactRowOf(ResultSet rs) throws SQLException {
        ContactKind kind = ContactKind.valueOf(rs.getString("kind"));
        PersonName name = new PersonName(rs.getString("name_prefix"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("name_suffix"), rs.getString("nickname"));
        String orgKind = rs.getString("org_kind");
        int month = rs.getInt("birthday_month");
        Birthday birthday = null;
        if (!rs.wasNull()) {
            int day = rs.getInt("birthday_day");
            int year = rs.getInt("birthday_year");
            Integer y = rs.wasNull() ? null : year;
            birthday = Birthday.isValid(month, day, y) ? Birthday.of(month, day, y) : null;
        }
        return new Contact(rs.getLong("id"), kind, name, rs.getString("organisation"), rs.getString("title"),
                orgKind == null ? null : OrgKind.valueOf(orgKind), birthday, List.of(), List.of(), List.of(),
                List.of(), List.of(), rs.getString("notes"), rs.getInt("archived") == 1,
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }

    private static Contact withChannels(Handle h, Contact row) {
        long id = row.id();
        List<Email> emails = h.createQuery("SELECT label, address FROM contact_email WHERE contact_id = :id ORDER BY position, id")
                .bind("id", id).map((rs, ctx) -> new Email(rs.getString(1), rs.getString(2))).list();
        List<Phone> phones = h.createQuery("SELECT label, number FROM contact_phone WHERE contact_id = :id ORDER BY position, id")
                .bind("id", id).map((rs, ctx) -> new Phone(rs.getString(1), rs.getString(2))).list();
        List<PostalAddress> addresses = h.createQuery("""
                        SELECT label, street, locality, region, postal_code, country_code, is_mailing
                        FROM contact_address WHERE contact_id = :id ORDER BY position, id""")
                .bind("id", id)
                .map((rs, ctx) -> new PostalAddress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1))
                .list();
        List<Website> websites = h.createQuery("SELECT label, url FROM contact_website WHERE contact_id = :id ORDER BY position, id")
                .bind("id", id).map((rs, ctx) -> new Website(rs.getString(1), rs.getString(2))).list();
        List<String> tags = h.createQuery("""
                        SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                        WHERE ct.contact_id = :id ORDER BY t.name COLLATE NOCASE""")
                .bind("id", id).mapTo(String.class).list();
        ContactExtras extras = ExtraRows.load(h, List.of(id)).getOrDefault(id, ContactExtras.EMPTY)
                .withPhoto(ExtraRows.photo(h, id));
        return new Contact(id, row.kind(), row.name(), row.organisation(), row.title(), row.orgKind(), row.birthday(),
                emails, phones, addresses, websites, tags, row.notes(), row.archived(), row.createdAt(), row.updatedAt(),
                extras);
    }

    /** Writes the contact's emails, phones, addresses, websites and tags anew. */
    public static void replaceChildren(Handle h, Contact contact) {
        for (String table : List.of("contact_email", "contact_phone", "contact_address", "contact_website", "contact_tag",
                "contact_extra")) {
            h.execute("DELETE FROM " + table + " WHERE contact_id = ?", contact.id());
        }
        insertChildren(h, contact.id(), contact);
    }

    private static void insertChildren(Handle h, long id, Contact c) {
        ChannelBatches batches = new ChannelBatches(h);
        batches.add(id, c);
        batches.execute();
    }

    // ---- transactions ----

    private <T> T read(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private <T> T write(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }
}
