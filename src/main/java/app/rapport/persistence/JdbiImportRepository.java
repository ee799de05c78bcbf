package app.rapport.persistence;

import app.rapport.domain.Birthday;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactKind;
import app.rapport.domain.NameKey;
import app.rapport.domain.PersonName;
import app.rapport.domain.Text;
import app.rapport.service.importing.ImportBatch;
import app.rapport.service.importing.ImportCancelledException;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.ImportRepository;
import app.rapport.service.importing.KnownContact;
import app.rapport.service.importing.MatchKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
        return tx.read(h -> {
            Map<Long, List<String>> emails = new HashMap<>();
            h.createQuery("SELECT e.contact_id, e.address FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                            + "WHERE c.deleted_at IS NULL")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> emails.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Long, List<String>> phones = new HashMap<>();
            h.createQuery("SELECT p.contact_id, p.number FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
                            + "WHERE c.deleted_at IS NULL")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            String identity = ContactUids.identity(h);
            return h.createQuery("""
                            SELECT id, kind, created_at, given_name, family_name, nickname, organisation, display_name,
                                   vcard_uid, birthday_year, birthday_month, birthday_day
                            FROM contact WHERE deleted_at IS NULL ORDER BY id""")
                    .map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        ContactKind kind = ContactKind.valueOf(rs.getString("kind"));
                        Contact c = kind == ContactKind.PERSON
                                ? Contact.newPerson(new PersonName("", rs.getString("given_name"),
                                        rs.getString("family_name"), "", rs.getString("nickname")))
                                : Contact.newOrganisation(rs.getString("organisation"), null);
                        int month = rs.getInt("birthday_month");
                        int day = rs.getInt("birthday_day");
                        int year = rs.getInt("birthday_year");
                        Integer knownYear = rs.wasNull() ? null : year;
                        Birthday birthday = month > 0 && Birthday.isValid(month, day, knownYear)
                                ? Birthday.of(month, day, knownYear) : null;
                        String matchName = kind == ContactKind.PERSON
                                ? MatchKeys.personName(rs.getString("given_name"), rs.getString("family_name"))
                                : Text.fold(nz(rs.getString("organisation")));
                        return new KnownContact(id, kind, rs.getString("display_name"), NameKey.of(c),
                                emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
                                rs.getString("vcard_uid") != null ? rs.getString("vcard_uid")
                                        : ContactUids.derived(identity, id, rs.getString("created_at")), matchName,
                                kind == ContactKind.PERSON ? nz(rs.getString("organisation")) : "", birthday);
                    })
                    .list();
        });
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
