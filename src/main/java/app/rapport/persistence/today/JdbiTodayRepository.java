package app.rapport.persistence.today;

import app.rapport.domain.keepintouch.DueRules;
import app.rapport.domain.today.UpcomingBirthday;
import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.keepintouch.JdbiKeepInTouchRepository;
import app.rapport.service.today.TodayRepository;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** The Today area's own queries in SQLite (its lanes come from the keep-in-touch list): the birthday lookup walks the days of the week. */
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
