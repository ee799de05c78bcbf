package app.rapport.persistence.today;

import app.rapport.domain.keepintouch.DueRules;
import app.rapport.domain.today.UpcomingBirthday;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.keepintouch.JdbiKeepInTouchRepository;
import app.rapport.service.StorageException;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.today.TodayRepository;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The Today area's own queries in SQLite: the birthday lookup walks the days of the week, the backlog is grouped in SQL. */
public final class JdbiTodayRepository implements TodayRepository {
    private final Transactions tx;

    public JdbiTodayRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public List<UpcomingBirthday> birthdays(LocalDate today, LocalDate until) {
        return tx.read(h -> h.createQuery("""
                        SELECT c.id, c.display_name, c.birthday_month, c.birthday_day, c.birthday_year
                        FROM json_each(:days) w
                        CROSS JOIN contact c ON c.birthday_month * 100 + c.birthday_day = json_extract(w.value, '$[0]')
                        WHERE c.deleted_at IS NULL AND c.archived = 0
                        ORDER BY json_extract(w.value, '$[1]'), c.display_name, c.id""")
                .bind("days", JdbiKeepInTouchRepository.monthDays(today, until))
                .map((rs, ctx) -> {
                    LocalDate on = DueRules.nextBirthday(MonthDay.of(rs.getInt("birthday_month"), rs.getInt("birthday_day")),
                            today);
                    int year = rs.getInt("birthday_year");
                    Integer age = rs.wasNull() || year <= 0 || year > on.getYear() ? null : on.getYear() - year;
                    return new UpcomingBirthday(rs.getLong("id"), rs.getString("display_name"), on, age);
                })
                .list());
    }

    @Override
    public SortedMap<Integer, Long> overdueByCadence(LocalDate today) {
        SortedMap<Integer, Long> counts = new TreeMap<>();
        tx.read(h -> h.createQuery("""
                        SELECT cadence, count(*) AS n FROM (
                            SELECT coalesce(r.cadence_days, (SELECT min(tc.cadence_days)
                                       FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                                       WHERE ct.contact_id = c.id)) AS cadence
                            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                            WHERE c.deleted_at IS NULL AND c.next_due_on < :today AND c.archived = 0)
                        WHERE cadence IS NOT NULL
                        GROUP BY cadence""")
                .bind("today", today.toString())
                .map((rs, ctx) -> counts.put(rs.getInt("cadence"), rs.getLong("n")))
                .list());
        return counts;
    }

    @Override
    public LocalDate snooze(long contactId, LocalDate until) {
        return tx.write(h -> {
            if (!h.createQuery("SELECT EXISTS (SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL)")
                    .bind(0, contactId).mapTo(Boolean.class).one()) {
                throw new StorageException(Reason.NOT_FOUND, "no contact " + contactId);
            }
            LocalDate before = snoozedUntil(h, contactId);
            setSnooze(h, contactId, until);
            return before;
        });
    }

    @Override
    public java.util.Map<Long, LocalDate> snoozeAll(java.util.Collection<Long> contactIds, LocalDate until) {
        return tx.write(h -> {
            java.util.Map<Long, LocalDate> before = new java.util.LinkedHashMap<>();
            for (long id : contactIds) {
                before.put(id, snoozedUntil(h, id));
                setSnooze(h, id, until);
            }
            return before;
        });
    }

    @Override
    public void restoreSnoozes(java.util.Map<Long, LocalDate> previous) {
        tx.write(h -> {
            previous.forEach((id, until) -> setSnooze(h, id, until));
            return null;
        });
    }

    private static LocalDate snoozedUntil(org.jdbi.v3.core.Handle h, long contactId) {
        return h.createQuery("SELECT snoozed_until FROM relationship WHERE contact_id = ?")
                .bind(0, contactId).mapTo(String.class).findOne().map(LocalDates::parse).orElse(null);
    }

    private static void setSnooze(org.jdbi.v3.core.Handle h, long contactId, LocalDate until) {
        h.execute("""
                INSERT INTO relationship (contact_id, snoozed_until) VALUES (?, ?)
                ON CONFLICT (contact_id) DO UPDATE SET snoozed_until = excluded.snoozed_until""",
                contactId, LocalDates.format(until));
    }

    @Override
    public void reopenFollowUp(long followUpId) {
        tx.write(h -> h.execute("UPDATE follow_up SET done_at = NULL WHERE id = ?", followUpId));
    }

    @Override
    public long newestInteraction(long contactId) {
        return tx.read(h -> h.createQuery("""
                        SELECT coalesce(max(i.id), 0) FROM interaction_contact ic
                        JOIN interaction i ON i.id = ic.interaction_id
                        WHERE ic.contact_id = ? AND i.deleted_at IS NULL""")
                .bind(0, contactId).mapTo(Long.class).one());
    }

    @Override
    public List<String> tags() {
        return tx.read(h -> h.createQuery("SELECT name FROM tag ORDER BY name COLLATE NOCASE").mapTo(String.class).list());
    }

    @Override
    public java.util.Set<Long> tagged(String tag) {
        return tx.read(h -> h.createQuery("""
                        SELECT ct.contact_id FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id WHERE t.name = ?""")
                .bind(0, tag).mapTo(Long.class).set());
    }
}
