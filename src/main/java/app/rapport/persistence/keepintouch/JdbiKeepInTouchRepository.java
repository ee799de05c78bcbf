package app.rapport.persistence.keepintouch;

import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.keepintouch.DueCounts;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.keepintouch.DueRules;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.keepintouch.KeepInTouchRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The keep-in-touch list in SQLite through Jdbi. Contacts due by their cadence come from
 * {@code contact.next_due_on} (kept by the V2 triggers) through its index; each list is ranked in SQL
 * by the urgency formula of {@link DueRules} so only {@code limit} rows are read, and the urgency
 * itself is computed by {@link DueRules}. CROSS JOIN fixes the loop order where the planner would
 * otherwise walk all contacts: few follow-ups and birthdays drive the lookups.
 */
public final class JdbiKeepInTouchRepository implements KeepInTouchRepository {
    /** {@link #everyCadenceDue}: the contact's columns all come from the {@code contact_by_next_due} index. */
    static final String EVERY_CADENCE_DUE = """
            SELECT c.id, c.display_name, c.next_due_on, coalesce(r.strength, 3), coalesce(r.flagged, 0),
                   coalesce(r.cadence_days, (SELECT min(tc.cadence_days)
                       FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                       WHERE ct.contact_id = c.id))
            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
            WHERE c.deleted_at IS NULL AND c.next_due_on <= :until AND c.archived = 0""";

    private final Transactions tx;

    public JdbiKeepInTouchRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public List<DueItem> cadenceDue(LocalDate today, LocalDate until, int limit) {
        return tx.read(h -> h.createQuery("""
                        SELECT id, display_name, next_due_on, strength, flagged, cadence FROM (
                            SELECT c.id, c.display_name, c.next_due_on, coalesce(r.strength, 3) AS strength,
                                   coalesce(r.flagged, 0) AS flagged,
                                   coalesce(r.cadence_days, (SELECT min(tc.cadence_days)
                                       FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                                       WHERE ct.contact_id = c.id)) AS cadence
                            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                            WHERE c.deleted_at IS NULL AND c.next_due_on <= :until AND c.archived = 0)
                        WHERE cadence IS NOT NULL
                        ORDER BY (julianday(:today) - julianday(next_due_on) + cadence) / cadence * strength DESC,
                                 next_due_on, id
                        LIMIT :limit""")
                .bind("today", today.toString()).bind("until", until.toString()).bind("limit", limit)
                .map((rs, ctx) -> {
                    LocalDate due = LocalDate.parse(rs.getString("next_due_on"));
                    int strength = rs.getInt("strength");
                    return new DueItem(rs.getLong("id"), rs.getString("display_name"), DueReason.CADENCE, due,
                            DueRules.daysOverdue(due, today), DueRules.urgency(due, rs.getInt("cadence"), strength, today),
                            0, "", rs.getInt("flagged") == 1, rs.getInt("cadence"));
                })
                .list());
    }

    /**
     * Every due contact in one pass over the {@code next_due_on} index, which holds the name too (V13): no contact
     * row is read. Unranked, so the tag cadence is looked up once a contact (the ranked list's planner repeats that
     * lookup in each expression naming the cadence). A contact without a cadence is skipped in Java, as the ranked
     * list skips it in SQL.
     */
    @Override
    public List<DueItem> everyCadenceDue(LocalDate today, LocalDate until) {
        return tx.read(h -> h.createQuery(EVERY_CADENCE_DUE)
                .bind("until", until.toString())
                .scanResultSet((supplier, ctx) -> {
                    var rs = supplier.get();
                    List<DueItem> items = new ArrayList<>();
                    Map<String, LocalDate> days = new HashMap<>(); // a few hundred days for thousands of contacts
                    while (rs.next()) {
                        int cadence = rs.getInt(6);
                        if (rs.wasNull()) {
                            continue;
                        }
                        LocalDate due = days.computeIfAbsent(rs.getString(3), LocalDate::parse);
                        items.add(new DueItem(rs.getLong(1), rs.getString(2), DueReason.CADENCE, due,
                                DueRules.daysOverdue(due, today), DueRules.urgency(due, cadence, rs.getInt(4), today),
                                0, "", rs.getInt(5) == 1, cadence));
                    }
                    return items;
                }));
    }

    @Override
    public List<DueItem> birthdays(LocalDate today, LocalDate until, int limit) {
        return tx.read(h -> h.createQuery("""
                        SELECT c.id, c.display_name, c.birthday_month, c.birthday_day,
                               coalesce(r.strength, 3) AS strength, coalesce(r.flagged, 0) AS flagged,
                               json_extract(w.value, '$[1]') AS ahead
                        FROM json_each(:days) w
                        CROSS JOIN contact c ON c.birthday_month * 100 + c.birthday_day = json_extract(w.value, '$[0]')
                        LEFT JOIN relationship r ON r.contact_id = c.id
                        WHERE c.deleted_at IS NULL AND c.archived = 0
                        ORDER BY (:notice - ahead) * strength DESC, ahead, c.id
                        LIMIT :limit""")
                .bind("days", monthDays(today, until)).bind("notice", DueRules.NOTICE_DAYS).bind("limit", limit)
                .map((rs, ctx) -> {
                    LocalDate due = DueRules.nextBirthday(MonthDay.of(rs.getInt("birthday_month"), rs.getInt("birthday_day")),
                            today);
                    return new DueItem(rs.getLong("id"), rs.getString("display_name"), DueReason.BIRTHDAY, due,
                            DueRules.daysOverdue(due, today),
                            DueRules.urgency(due, DueRules.NOTICE_DAYS, rs.getInt("strength"), today), 0, "",
                            rs.getInt("flagged") == 1, 0);
                })
                .list());
    }

    @Override
    public List<DueItem> anniversaries(LocalDate today, LocalDate until, int limit) {
        // only ties that began at least a year ago: the first anniversary is the first worth a word
        String yearAgo = today.minusYears(1).toString();
        return tx.read(h -> h.createQuery("""
                        SELECT c.id, c.display_name, t.since, o.display_name AS organisation,
                               coalesce(r.strength, 3) AS my_strength, coalesce(r.flagged, 0) AS flagged
                        FROM json_each(:days) w
                        CROSS JOIN tie t ON (CAST(substr(t.since, 6, 2) AS INTEGER) * 100
                                             + CAST(substr(t.since, 9, 2) AS INTEGER)) = json_extract(w.value, '$[0]')
                        JOIN contact c ON c.id = t.from_id
                        JOIN contact o ON o.id = t.to_id
                        LEFT JOIN relationship r ON r.contact_id = c.id
                        WHERE t.since IS NOT NULL AND t.type IN ('WORKS_AT', 'MEMBER_OF') AND t.since <= :yearAgo
                          AND c.deleted_at IS NULL AND c.archived = 0 AND o.deleted_at IS NULL
                        ORDER BY (:notice - json_extract(w.value, '$[1]')) * my_strength DESC, c.id
                        LIMIT :limit""")
                .bind("days", monthDays(today, until)).bind("yearAgo", yearAgo)
                .bind("notice", DueRules.NOTICE_DAYS).bind("limit", limit)
                .map((rs, ctx) -> {
                    LocalDate since = LocalDate.parse(rs.getString("since"));
                    LocalDate due = DueRules.nextBirthday(MonthDay.from(since), today);
                    return new DueItem(rs.getLong("id"), rs.getString("display_name"), DueReason.ANNIVERSARY, due,
                            DueRules.daysOverdue(due, today),
                            DueRules.urgency(due, DueRules.NOTICE_DAYS, rs.getInt("my_strength"), today), 0,
                            rs.getString("organisation"), rs.getInt("flagged") == 1, 0);
                })
                .list());
    }

    @Override
    public List<app.rapport.domain.keepintouch.FollowUp> openFollowUps(long contactId) {
        return tx.read(h -> h.createQuery("""
                        SELECT id, contact_id, due_on, note FROM follow_up
                        WHERE contact_id = ? AND done_at IS NULL ORDER BY due_on, id""")
                .bind(0, contactId)
                .map((rs, ctx) -> new app.rapport.domain.keepintouch.FollowUp(rs.getLong(1), rs.getLong(2),
                        LocalDate.parse(rs.getString(3)), rs.getString(4)))
                .list());
    }

    @Override
    public List<DueItem> followUps(LocalDate today, LocalDate until, int limit) {
        return tx.read(h -> h.createQuery("""
                        SELECT f.id AS follow_up_id, f.contact_id, c.display_name, f.due_on, f.note,
                               coalesce(r.strength, 3) AS strength, coalesce(r.flagged, 0) AS flagged
                        FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id
                        LEFT JOIN relationship r ON r.contact_id = c.id
                        WHERE f.done_at IS NULL AND f.due_on <= :until AND c.deleted_at IS NULL AND c.archived = 0
                        ORDER BY (julianday(:today) - julianday(f.due_on) + :notice) * coalesce(r.strength, 3) DESC,
                                 f.due_on, f.id
                        LIMIT :limit""")
                .bind("today", today.toString()).bind("until", until.toString()).bind("notice", DueRules.NOTICE_DAYS)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    LocalDate due = LocalDate.parse(rs.getString("due_on"));
                    return new DueItem(rs.getLong("contact_id"), rs.getString("display_name"), DueReason.FOLLOW_UP, due,
                            DueRules.daysOverdue(due, today),
                            DueRules.urgency(due, DueRules.NOTICE_DAYS, rs.getInt("strength"), today),
                            rs.getLong("follow_up_id"), rs.getString("note"), rs.getInt("flagged") == 1, 0);
                })
                .list());
    }

    @Override
    public LocalDate snooze(long contactId, LocalDate until) {
        return tx.write(h -> {
            requireLive(h, contactId);
            LocalDate before = snoozedUntil(h, contactId);
            setSnooze(h, contactId, until);
            return before;
        });
    }

    @Override
    public Map<Long, LocalDate> snoozeAll(Collection<Long> contactIds, LocalDate until) {
        return tx.write(h -> {
            Map<Long, LocalDate> before = new LinkedHashMap<>();
            for (long id : contactIds) {
                before.put(id, snoozedUntil(h, id));
                setSnooze(h, id, until);
            }
            return before;
        });
    }

    @Override
    public void restoreSnoozes(Map<Long, LocalDate> previous) {
        tx.write(h -> {
            previous.forEach((id, until) -> setSnooze(h, id, until));
            return null;
        });
    }

    private static LocalDate snoozedUntil(Handle h, long contactId) {
        return h.createQuery("SELECT snoozed_until FROM relationship WHERE contact_id = ?")
                .bind(0, contactId).mapTo(String.class).findOne().map(LocalDates::parse).orElse(null);
    }

    /** The one place a snooze is written; the V2 triggers move {@code contact.next_due_on} with it. */
    private static void setSnooze(Handle h, long contactId, LocalDate until) {
        h.execute("""
                INSERT INTO relationship (contact_id, snoozed_until) VALUES (?, ?)
                ON CONFLICT (contact_id) DO UPDATE SET snoozed_until = excluded.snoozed_until""",
                contactId, LocalDates.format(until));
    }

    @Override
    public long addFollowUp(long contactId, LocalDate dueOn, String note, Instant createdAt) {
        return tx.write(h -> {
            requireLive(h, contactId);
            return h.createUpdate("INSERT INTO follow_up (contact_id, due_on, note, created_at) VALUES (?, ?, ?, ?)")
                    .bind(0, contactId).bind(1, dueOn.toString()).bind(2, note == null ? "" : note.strip())
                    .bind(3, Timestamps.format(createdAt))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public long addCardFollowUp(long contactId, LocalDate cardSentOn, String note, Instant createdAt) {
        return tx.write(h -> {
            requireLive(h, contactId);
            return h.createUpdate("""
                            INSERT INTO follow_up (contact_id, due_on, note, created_at, source) VALUES (?, ?, ?, ?, 'CARD')""")
                    .bind(0, contactId).bind(1, CardFollowUp.afterCard(contactId, cardSentOn, null).dueOn().toString())
                    .bind(2, note == null ? "" : note.strip()).bind(3, Timestamps.format(createdAt))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public void completeFollowUp(long followUpId, Instant doneAt) {
        tx.write(h -> {
            if (h.execute("UPDATE follow_up SET done_at = coalesce(done_at, ?) WHERE id = ?",
                    Timestamps.format(doneAt), followUpId) == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Follow-up " + followUpId + " no longer exists");
            }
            return null;
        });
    }

    @Override
    public DueCounts counts(LocalDate today) {
        LocalDate weekEnd = today.plusDays(6);
        return tx.read(h -> h.createQuery("""
                        SELECT
                          (SELECT count(*) FROM contact
                            WHERE deleted_at IS NULL AND next_due_on < :today AND archived = 0)
                        + (SELECT count(*) FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id
                            WHERE f.done_at IS NULL AND f.due_on < :today AND c.deleted_at IS NULL AND c.archived = 0)
                          AS overdue,
                          (SELECT count(*) FROM contact
                            WHERE deleted_at IS NULL AND next_due_on BETWEEN :today AND :weekEnd AND archived = 0)
                        + (SELECT count(*) FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id
                            WHERE f.done_at IS NULL AND f.due_on BETWEEN :today AND :weekEnd
                              AND c.deleted_at IS NULL AND c.archived = 0)
                        + (SELECT count(*) FROM json_each(:days) w
                            CROSS JOIN contact c ON c.birthday_month * 100 + c.birthday_day = json_extract(w.value, '$[0]')
                            WHERE c.deleted_at IS NULL AND c.archived = 0)
                          AS week""")
                .bind("today", today.toString()).bind("weekEnd", weekEnd.toString())
                .bind("days", monthDays(today, weekEnd))
                .map((rs, ctx) -> new DueCounts(rs.getLong("overdue"), rs.getLong("week")))
                .one());
    }

    /**
     * Each day from {@code from} to {@code to} as {@code [month * 100 + day, days ahead]}; in a year
     * without 29 February, 28 February also stands for it.
     */
    public static String monthDays(LocalDate from, LocalDate to) {
        StringBuilder json = new StringBuilder("[");
        int ahead = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), ahead++) {
            json.append(ahead == 0 ? "" : ",").append('[').append(d.getMonthValue() * 100 + d.getDayOfMonth())
                    .append(',').append(ahead).append(']');
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                json.append(",[229,").append(ahead).append(']');
            }
        }
        return json.append(']').toString();
    }

    private static void requireLive(Handle h, long contactId) {
        boolean live = h.createQuery("SELECT EXISTS (SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL)")
                .bind(0, contactId).mapTo(Boolean.class).one();
        if (!live) {
            throw new StorageException(Reason.NOT_FOUND, "Contact " + contactId + " no longer exists");
        }
    }
}
