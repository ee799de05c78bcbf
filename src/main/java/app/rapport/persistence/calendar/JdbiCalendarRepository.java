package app.rapport.persistence.calendar;

import app.rapport.domain.calendar.CalendarEntries.BirthdayEntry;
import app.rapport.domain.calendar.CalendarEntries.ReminderEntry;
import app.rapport.domain.contacts.Birthday;
import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.contacts.ContactUids;
import app.rapport.service.calendar.CalendarRepository;
import java.time.LocalDate;
import java.util.List;

/** The calendar's rows: birthdays and open follow-ups of live contacts. */
public final class JdbiCalendarRepository implements CalendarRepository {
    private final Transactions tx;

    public JdbiCalendarRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public String identity() {
        return tx.read(ContactUids::identity);
    }

    @Override
    public List<BirthdayEntry> birthdays() {
        return tx.read(h -> h.createQuery("""
                        SELECT id, display_name, birthday_month, birthday_day, birthday_year FROM contact
                        WHERE birthday_month IS NOT NULL AND birthday_day IS NOT NULL
                          AND deleted_at IS NULL AND archived = 0
                        ORDER BY id""")
                .map((rs, ctx) -> {
                    int year = rs.getInt("birthday_year");
                    Integer known = rs.wasNull() ? null : year;
                    int month = rs.getInt("birthday_month");
                    int day = rs.getInt("birthday_day");
                    // a stored day that is not a date (none should be) is left out rather than failing the file
                    return Birthday.isValid(month, day, known)
                            ? new BirthdayEntry(rs.getLong("id"), rs.getString("display_name"), Birthday.of(month, day, known))
                            : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public List<ReminderEntry> openFollowUps(LocalDate until) {
        return tx.read(h -> h.createQuery("""
                        SELECT f.id, f.contact_id, c.display_name, f.due_on, f.note, f.source
                        FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id
                        WHERE f.done_at IS NULL AND f.due_on <= :until AND c.deleted_at IS NULL AND c.archived = 0
                        ORDER BY f.due_on, f.id""")
                .bind("until", until.toString())
                .map((rs, ctx) -> new ReminderEntry(rs.getLong("id"), rs.getLong("contact_id"),
                        rs.getString("display_name"), LocalDate.parse(rs.getString("due_on")), rs.getString("note"),
                        "CARD".equals(rs.getString("source"))))
                .list());
    }
}
