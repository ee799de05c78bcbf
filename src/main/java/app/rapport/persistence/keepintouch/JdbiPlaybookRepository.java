package app.rapport.persistence.keepintouch;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.keepintouch.PlaybookContact;
import app.rapport.domain.keepintouch.PlaybookRules;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.keepintouch.PlaybookRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The playbooks' reads in SQLite through Jdbi. Interactions are found by type and period through
 * {@code interaction_by_type}, so the cost follows the interactions in the period, not all of them;
 * CROSS JOIN keeps the planner from walking all contacts where a short list of ids drives the lookups.
 */
public final class JdbiPlaybookRepository implements PlaybookRepository {
    private final Transactions tx;

    public JdbiPlaybookRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public Map<Long, LocalDate> latestWith(Set<InteractionType> types, Direction direction, LocalDate from,
                                           LocalDate to) {
        if (types.isEmpty() || to.isBefore(from)) {
            return Map.of();
        }
        // enum names only, so they can be spelled into the SQL and the index sees constants
        String typeList = types.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ", "(", ")"));
        String sql = "SELECT ic.contact_id, max(substr(i.occurred_at, 1, 10)) FROM interaction i"
                + " JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'"
                + " WHERE i.type IN " + typeList + " AND i.occurred_at >= :from AND i.occurred_at < :after"
                + " AND i.deleted_at IS NULL" + (direction == null ? "" : " AND i.direction = :direction")
                + " GROUP BY ic.contact_id";
        return tx.read(h -> {
            var query = h.createQuery(sql).bind("from", from.toString()).bind("after", to.plusDays(1).toString());
            if (direction != null) {
                query.bind("direction", direction.name());
            }
            Map<Long, LocalDate> days = new HashMap<>();
            query.map((rs, ctx) -> days.put(rs.getLong(1), LocalDate.parse(rs.getString(2)))).list();
            return days;
        });
    }

    @Override
    public Set<Long> prospects(LocalDate since) {
        return tx.read(h -> new HashSet<>(h.createQuery("""
                        SELECT c.id FROM tag t
                        CROSS JOIN contact_tag ct ON ct.tag_id = t.id
                        CROSS JOIN contact c ON c.id = ct.contact_id
                        WHERE t.name IN (<names>) AND c.deleted_at IS NULL
                          AND c.archived = 0 AND (c.last_interaction_on >= :since OR c.created_at >= :since)""")
                .bind("since", since.toString())
                .bindList("names", List.copyOf(PlaybookRules.PROSPECT_TAGS))
                .mapTo(Long.class).list()));
    }

    @Override
    public List<CardFollowUp> cardFollowUps(LocalDate doneSince) {
        return tx.read(h -> h.createQuery("""
                        SELECT contact_id, due_on, substr(done_at, 1, 10) FROM follow_up
                        WHERE source = 'CARD' AND (done_at IS NULL OR done_at >= ?)""")
                .bind(0, doneSince.toString())
                .map((rs, ctx) -> new CardFollowUp(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        LocalDates.parse(rs.getString(3))))
                .list());
    }

    @Override
    public Map<Long, PlaybookContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.read(h -> {
            Map<Long, PlaybookContact> contacts = new HashMap<>();
            h.createQuery("""
                            SELECT c.id, c.display_name, c.sort_name, coalesce(r.strength, 3), coalesce(r.flagged, 0),
                                   c.last_interaction_on
                            FROM json_each(?) j CROSS JOIN contact c ON c.id = j.value
                            LEFT JOIN relationship r ON r.contact_id = c.id
                            WHERE c.deleted_at IS NULL AND c.archived = 0""")
                    .bind(0, NetworkWriter.jsonArray(ids))
                    .map((rs, ctx) -> new PlaybookContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5) == 1, LocalDates.parse(rs.getString(6))))
                    .forEach(c -> contacts.put(c.id(), c));
            return contacts;
        });
    }
}
