package app.rapport.persistence.cards;

import app.rapport.domain.cards.CardCandidate;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.CardStatus;
import app.rapport.domain.cards.CardYear;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.Household;
import app.rapport.domain.cards.Kinship;
import app.rapport.domain.cards.Recipient;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.cards.CardRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Card lists in SQLite through Jdbi (V4). Marking cards sent or received writes the envelope, the CARD
 * interaction and the follow-up call in one transaction; the V2 triggers keep each recipient's
 * "last contacted" and "next due" right.
 */
public final class JdbiCardRepository implements CardRepository {
    private static final String LIST_COLUMNS = "l.id, l.name, l.occasion, l.year";
    private final Transactions tx;
    private final Clock clock;

    public JdbiCardRepository(Database database, Clock clock) {
        this.tx = new Transactions(database.jdbi());
        this.clock = clock;
    }

    @Override
    public List<CardListSummary> lists() {
        return tx.read(h -> h.createQuery("SELECT " + LIST_COLUMNS + """
                        , count(e.id), coalesce(sum(e.status = 'PLANNED'), 0), coalesce(sum(e.status = 'SENT'), 0),
                          coalesce(sum(e.status = 'RECEIVED'), 0), coalesce(sum(e.status = 'RETURNED'), 0)
                        FROM card_list l LEFT JOIN card_envelope e ON e.list_id = l.id
                        GROUP BY l.id ORDER BY l.year DESC, l.name COLLATE NOCASE, l.id""")
                .map((rs, ctx) -> new CardListSummary(new CardList(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list());
    }

    @Override
    public Optional<CardList> find(long listId) {
        return tx.read(h -> h.createQuery("SELECT " + LIST_COLUMNS + " FROM card_list l WHERE l.id = ?").bind(0, listId)
                .map((rs, ctx) -> new CardList(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .findOne());
    }

    @Override
    public Optional<CardList> findByName(String name) {
        return tx.read(h -> h.createQuery("SELECT " + LIST_COLUMNS
                        + " FROM card_list l WHERE l.name = ? COLLATE NOCASE").bind(0, name.strip())
                .map((rs, ctx) -> new CardList(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .findOne());
    }

    @Override
    public long create(CardList list, List<Household> households) {
        return tx.write(h -> {
            long id = h.createUpdate("INSERT INTO card_list (name, occasion, year, created_at) VALUES (?, ?, ?, ?)")
                    .bind(0, list.name()).bind(1, list.occasion()).bind(2, list.year())
                    .bind(3, Timestamps.format(clock.instant()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int position = 0;
            for (Household household : households) {
                insertEnvelope(h, id, position++, household);
            }
            return id;
        });
    }

    @Override
    public void delete(long listId) {
        tx.write(h -> h.execute("DELETE FROM card_list WHERE id = ?", listId));
    }

    @Override
    public List<Envelope> envelopes(long listId) {
        return tx.read(h -> readEnvelopes(h, "e.list_id = ?", listId));
    }

    @Override
    public Optional<Envelope> envelope(long envelopeId) {
        return tx.read(h -> readEnvelopes(h, "e.id = ?", envelopeId).stream().findFirst());
    }

    @Override
    public long add(long listId, Household household) {
        return tx.write(h -> {
            int position = h.createQuery("SELECT coalesce(max(position) + 1, 0) FROM card_envelope WHERE list_id = ?")
                    .bind(0, listId).mapTo(Integer.class).one();
            return insertEnvelope(h, listId, position, household);
        });
    }

    @Override
    public void removeEnvelope(long envelopeId) {
        tx.write(h -> h.execute("DELETE FROM card_envelope WHERE id = ?", envelopeId));
    }

    @Override
    public void rename(long envelopeId, String addressee, String salutation) {
        tx.write(h -> requireOne(h.execute("UPDATE card_envelope SET addressee = ?, salutation = ? WHERE id = ?",
                addressee.strip(), salutation.strip(), envelopeId), envelopeId));
    }

    @Override
    public long split(long envelopeId, Household remaining, Household leaving) {
        return tx.write(h -> {
            Map<String, Object> row = h.createQuery("SELECT list_id, position FROM card_envelope WHERE id = ?")
                    .bind(0, envelopeId).mapToMap().findOne()
                    .orElseThrow(() -> notFound(envelopeId));
            long listId = ((Number) row.get("list_id")).longValue();
            int position = ((Number) row.get("position")).intValue();
            h.execute("UPDATE card_envelope SET position = position + 1 WHERE list_id = ? AND position > ?", listId,
                    position);
            h.execute("UPDATE card_envelope SET addressee = ?, salutation = ? WHERE id = ?", remaining.addressee(),
                    remaining.salutation(), envelopeId);
            long leaverId = leaving.members().get(0).id();
            h.execute("DELETE FROM card_recipient WHERE envelope_id = ? AND contact_id = ?", envelopeId, leaverId);
            // the snapshot of the address goes with them: the same house until the user changes it
            Envelope old = readEnvelopes(h, "e.id = ?", envelopeId).get(0);
            Household copy = new Household(leaving.members(), old.address(), leaving.addressee(), leaving.salutation());
            long newId = insertEnvelope(h, listId, position + 1, copy);
            h.execute("UPDATE card_envelope SET status = ?, sent_on = ?, received_on = ?, returned_on = ? WHERE id = ?",
                    old.status().name(), LocalDates.format(old.sentOn()), LocalDates.format(old.receivedOn()),
                    LocalDates.format(old.returnedOn()), newId);
            return newId;
        });
    }

    @Override
    public void markSent(Collection<Long> envelopeIds, LocalDate on, LocalDateTime at, LocalDate followUpOn) {
        tx.write(h -> {
            for (long id : envelopeIds) {
                // marking twice neither logs a second card nor schedules a second call
                if (!firstTime(h, h.execute("""
                                UPDATE card_envelope SET sent_on = ?,
                                       status = CASE WHEN status IN ('RECEIVED', 'RETURNED') THEN status ELSE 'SENT' END
                                WHERE id = ? AND sent_on IS NULL""", on.toString(), id), id)) {
                    continue;
                }
                List<Long> recipients = liveRecipients(h, id);
                logCard(h, recipients, at, "GIVEN");
                for (long contactId : recipients) {
                    h.execute("""
                                    INSERT INTO follow_up (contact_id, due_on, note, created_at, source)
                                    VALUES (?, ?, '', ?, 'CARD')""",
                            contactId, followUpOn.toString(), Timestamps.format(clock.instant()));
                }
            }
            return null;
        });
    }

    @Override
    public void markReceived(Collection<Long> envelopeIds, LocalDate on, LocalDateTime at) {
        tx.write(h -> {
            for (long id : envelopeIds) {
                if (!firstTime(h, h.execute("""
                                UPDATE card_envelope SET received_on = ?,
                                       status = CASE WHEN status = 'RETURNED' THEN status ELSE 'RECEIVED' END
                                WHERE id = ? AND received_on IS NULL""", on.toString(), id), id)) {
                    continue;
                }
                logCard(h, liveRecipients(h, id), at, "RECEIVED");
            }
            return null;
        });
    }

    @Override
    public void markReturned(Collection<Long> envelopeIds, LocalDate on) {
        tx.write(h -> {
            for (long id : envelopeIds) {
                requireOne(h.execute("UPDATE card_envelope SET status = 'RETURNED', returned_on = ? WHERE id = ?",
                        on.toString(), id), id);
            }
            return null;
        });
    }

    @Override
    public Set<Long> tagged(String tag) {
        return tx.read(h -> new HashSet<>(h.createQuery("""
                        SELECT c.id FROM tag t CROSS JOIN contact_tag ct ON ct.tag_id = t.id
                        CROSS JOIN contact c ON c.id = ct.contact_id
                        WHERE t.name = ? COLLATE NOCASE AND c.deleted_at IS NULL""")
                .bind(0, tag.strip()).mapTo(Long.class).list()));
    }

    @Override
    public Set<Long> scoredAtLeast(int minScore) {
        return tx.read(h -> new HashSet<>(h.createQuery("""
                        SELECT id FROM contact WHERE score >= ? AND deleted_at IS NULL""")
                .bind(0, minScore).mapTo(Long.class).list()));
    }

    @Override
    public Map<Long, CardCandidate> candidates(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return tx.read(h -> {
            Map<Long, CardCandidate> candidates = new HashMap<>();
            h.createQuery("""
                            SELECT c.id, c.kind, c.name_prefix, c.given_name, c.family_name, c.name_suffix, c.nickname,
                                   c.display_name, c.sort_name, coalesce(r.strength, 3), coalesce(r.flagged, 0),
                                   c.archived, c.last_interaction_on,
                                   a.street, a.locality, a.region, a.postal_code, a.country_code, a.label
                            FROM json_each(?) j CROSS JOIN contact c ON c.id = j.value
                            LEFT JOIN relationship r ON r.contact_id = c.id
                            LEFT JOIN contact_address a ON a.id = (SELECT id FROM contact_address
                                WHERE contact_id = c.id ORDER BY is_mailing DESC, position LIMIT 1)
                            WHERE c.deleted_at IS NULL""")
                    .bind(0, NetworkWriter.jsonArray(contactIds))
                    .map((rs, ctx) -> {
                        PostalAddress mailing = rs.getString(14) == null ? null
                                : new PostalAddress(rs.getString(19), rs.getString(14), rs.getString(15),
                                rs.getString(16), rs.getString(17), rs.getString(18), true);
                        return new CardCandidate(rs.getLong(1), ContactKind.valueOf(rs.getString(2)),
                                new PersonName(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                        rs.getString(7)),
                                rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11) == 1, rs.getInt(12) == 1,
                                LocalDates.parse(rs.getString(13)), mailing);
                    })
                    .forEach(c -> candidates.put(c.id(), c));
            return candidates;
        });
    }

    @Override
    public Kinship kinship(Collection<Long> contactIds) {
        return tx.read(h -> {
            List<long[]> pairs = contactIds.isEmpty() ? List.of() : h.createQuery("""
                            SELECT from_id, to_id FROM tie
                            WHERE type IN ('FAMILY', 'PARTNER')
                              AND from_id IN (SELECT value FROM json_each(:ids))
                              AND to_id IN (SELECT value FROM json_each(:ids))""")
                    .bind("ids", NetworkWriter.jsonArray(contactIds))
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            List<PostalAddress> offices = h.createQuery("""
                            SELECT a.label, a.street, a.locality, a.region, a.postal_code, a.country_code
                            FROM contact c CROSS JOIN contact_address a ON a.contact_id = c.id
                            WHERE c.kind = 'ORGANISATION' AND c.deleted_at IS NULL""")
                    .map((rs, ctx) -> new PostalAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), false)).list();
            return Kinship.of(pairs, offices);
        });
    }

    @Override
    public Map<Long, List<CardYear>> history(long listId, int fromYear, int toYear) {
        return tx.read(h -> {
            Map<Long, Map<Integer, CardYear>> byContact = new LinkedHashMap<>();
            h.createQuery("SELECT contact_id FROM card_recipient WHERE list_id = ?").bind(0, listId)
                    .mapTo(Long.class).forEach(id -> byContact.put(id, new TreeMap<>()));
            h.createQuery("""
                            SELECT r.contact_id, l.year, max(e.sent_on IS NOT NULL), max(e.received_on IS NOT NULL)
                            FROM card_recipient mine
                            JOIN card_recipient r ON r.contact_id = mine.contact_id
                            JOIN card_envelope e ON e.id = r.envelope_id
                            JOIN card_list l ON l.id = r.list_id
                            WHERE mine.list_id = ? AND l.year BETWEEN ? AND ?
                            GROUP BY r.contact_id, l.year""")
                    .bind(0, listId).bind(1, fromYear).bind(2, toYear)
                    .map((rs, ctx) -> {
                        byContact.get(rs.getLong(1)).put(rs.getInt(2),
                                new CardYear(rs.getInt(2), rs.getInt(3) == 1, rs.getInt(4) == 1));
                        return null;
                    }).list();
            // cards logged as interactions count too: sent or received in that calendar year
            h.createQuery("""
                            SELECT ic.contact_id, CAST(substr(i.occurred_at, 1, 4) AS INTEGER) AS year,
                                   max(i.direction <> 'RECEIVED'), max(i.direction <> 'GIVEN')
                            FROM card_recipient mine
                            JOIN interaction_contact ic ON ic.contact_id = mine.contact_id AND ic.role = 'WITH'
                            JOIN interaction i ON i.id = ic.interaction_id
                            WHERE mine.list_id = ? AND i.type = 'CARD' AND i.deleted_at IS NULL
                              AND i.occurred_at >= ? AND i.occurred_at < ?
                            GROUP BY ic.contact_id, year""")
                    .bind(0, listId).bind(1, fromYear + "-01-01").bind(2, (toYear + 1) + "-01-01")
                    .map((rs, ctx) -> {
                        int year = rs.getInt(2);
                        byContact.get(rs.getLong(1)).merge(year, new CardYear(year, rs.getInt(3) == 1, rs.getInt(4) == 1),
                                (a, b) -> new CardYear(year, a.sent() || b.sent(), a.received() || b.received()));
                        return null;
                    }).list();
            Map<Long, List<CardYear>> history = new HashMap<>();
            byContact.forEach((id, years) -> {
                List<CardYear> all = new ArrayList<>();
                for (int year = fromYear; year <= toYear; year++) {
                    all.add(years.getOrDefault(year, new CardYear(year, false, false)));
                }
                history.put(id, all);
            });
            return history;
        });
    }

    private static long insertEnvelope(Handle h, long listId, int position, Household household) {
        PostalAddress a = household.address() == null ? new PostalAddress("", "", "", "", "", "", true)
                : household.address();
        long id = h.createUpdate("""
                        INSERT INTO card_envelope (list_id, position, addressee, salutation, street, locality, region,
                                                   postal_code, country)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, listId).bind(1, position).bind(2, household.addressee()).bind(3, household.salutation())
                .bind(4, a.street()).bind(5, a.locality()).bind(6, a.region()).bind(7, a.postalCode())
                .bind(8, a.countryCode())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var recipients = h.prepareBatch("INSERT INTO card_recipient (list_id, contact_id, envelope_id) VALUES (?, ?, ?)");
        household.members().forEach(m -> recipients.add(listId, m.id(), id));
        recipients.execute();
        return id;
    }

    private static List<Envelope> readEnvelopes(Handle h, String where, long key) {
        Map<Long, List<Recipient>> recipients = new HashMap<>();
        h.createQuery("""
                        SELECT r.envelope_id, r.contact_id, c.display_name
                        FROM card_envelope e JOIN card_recipient r ON r.envelope_id = e.id
                        JOIN contact c ON c.id = r.contact_id
                        WHERE %s ORDER BY r.envelope_id, c.sort_name, c.id""".formatted(where))
                .bind(0, key)
                .map((rs, ctx) -> recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Recipient(rs.getLong(2), rs.getString(3))))
                .list();
        return h.createQuery("""
                        SELECT e.id, e.list_id, e.position, e.addressee, e.salutation, e.street, e.locality, e.region,
                               e.postal_code, e.country, e.status, e.sent_on, e.received_on, e.returned_on, e.note
                        FROM card_envelope e WHERE %s ORDER BY e.position, e.id""".formatted(where))
                .bind(0, key)
                .map((rs, ctx) -> new Envelope(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), new PostalAddress("", rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), true), CardStatus.valueOf(rs.getString(11)),
                        LocalDates.parse(rs.getString(12)), LocalDates.parse(rs.getString(13)),
                        LocalDates.parse(rs.getString(14)), rs.getString(15),
                        recipients.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private static List<Long> liveRecipients(Handle h, long envelopeId) {
        return h.createQuery("""
                        SELECT r.contact_id FROM card_recipient r JOIN contact c ON c.id = r.contact_id
                        WHERE r.envelope_id = ? AND c.deleted_at IS NULL ORDER BY r.contact_id""")
                .bind(0, envelopeId).mapTo(Long.class).list();
    }

    /** One CARD interaction with every recipient of the envelope (a household's card is one card). */
    private static void logCard(Handle h, List<Long> contactIds, LocalDateTime at, String direction) {
        if (contactIds.isEmpty()) {
            return;
        }
        long id = h.createUpdate("INSERT INTO interaction (type, occurred_at, direction, note) VALUES ('CARD', ?, ?, '')")
                .bind(0, LocalDates.format(at)).bind(1, direction)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var with = h.prepareBatch("INSERT INTO interaction_contact (interaction_id, contact_id, role) VALUES (?, ?, 'WITH')");
        contactIds.forEach(c -> with.add(id, c));
        with.execute();
    }

    /** True when the update changed the envelope; false when it already had that event; gone: an error. */
    private static boolean firstTime(Handle h, int changed, long envelopeId) {
        if (changed > 0) {
            return true;
        }
        boolean exists = h.createQuery("SELECT count(*) FROM card_envelope WHERE id = ?").bind(0, envelopeId)
                .mapTo(Integer.class).one() > 0;
        if (!exists) {
            throw notFound(envelopeId);
        }
        return false;
    }

    private static Object requireOne(int changed, long envelopeId) {
        if (changed == 0) {
            throw notFound(envelopeId);
        }
        return null;
    }

    private static StorageException notFound(long envelopeId) {
        return new StorageException(Reason.NOT_FOUND, "Envelope " + envelopeId + " no longer exists");
    }
}
