package app.rapport.persistence.review;

import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewCriteria;
import app.rapport.domain.review.ReviewFacts;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewRules;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.service.review.ReviewRepository;
import app.rapport.service.review.ReviewStep;
import app.rapport.service.settings.Settings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Review in SQLite (V7). The queue is picked in SQL by the conditions of {@link ReviewRules}, ranked
 * there and cut at the limit, so only the few hundred contacts of a round are read into Java; the
 * reasons on each card are then named by {@link ReviewRules} from the same columns. The round is kept
 * in {@code review_queue} and the place in it in the setting {@link Settings#REVIEW_PLACE}, written in
 * the same transaction as what moves it.
 */
public final class JdbiReviewRepository implements ReviewRepository {
    /**
     * The first address of a contact as {@code Contact.mailingAddress()} picks it: the mailing one,
     * else the first; usable as {@code CardListRules.usable}: a street, and a town or a postcode.
     */
    private static final String FIRST_ADDRESS = """
            (SELECT id FROM contact_address WHERE contact_id = c.id ORDER BY is_mailing DESC, position LIMIT 1)""";
    private static final String USABLE_ADDRESS = """
            coalesce((SELECT a.street <> '' AND (a.locality <> '' OR a.postal_code <> '') FROM contact_address a
                      WHERE a.id = %s), 0)""".formatted(FIRST_ADDRESS);
    private static final String LAST_SEEN = "coalesce(v.reviewed_on, substr(c.created_at, 1, 10))";

    /**
     * Who needs attention, most urgent first. A contact marked reviewed today waits until tomorrow, so a
     * new round started the same day does not bring it back.
     */
    private static final String QUEUE = """
            SELECT c.id FROM contact c
            LEFT JOIN relationship r ON r.contact_id = c.id
            LEFT JOIN contact_review v ON v.contact_id = c.id
            WHERE c.deleted_at IS NULL AND c.archived = 0
              AND (v.reviewed_on IS NULL OR v.reviewed_on < :today)
              AND (r.flagged = 1
                   OR c.next_due_on < :today
                   OR c.score < c.score_before
                   OR %1$s <= :reviewDue
                   OR :season = 1 AND NOT %2$s)
            ORDER BY CASE WHEN r.flagged = 1 OR c.next_due_on < :today THEN 0
                          WHEN c.score < c.score_before THEN 1 ELSE 2 END,
                     c.next_due_on, coalesce(c.score_before - c.score, 0) DESC, %1$s, c.sort_name, c.id
            LIMIT :limit""".formatted(LAST_SEEN, USABLE_ADDRESS);

    /** What a card shows, for the contacts of the JSON array {@code :ids}, in its order. */
    private static final String ITEMS = """
            SELECT c.id, c.display_name, CASE WHEN c.kind = 'PERSON' THEN coalesce(c.organisation, '') ELSE '' END
                       AS organisation,
                   c.next_due_on, c.last_interaction_on, substr(c.created_at, 1, 10) AS added_on, c.score,
                   c.score_before, coalesce(r.flagged, 0) AS flagged, coalesce(r.flag_reason, '') AS flag_reason,
                   r.cadence_days, r.cadence_unit, v.reviewed_on,
                   a.id AS address_id, a.label, a.street, a.locality, a.region, a.postal_code, a.country_code,
                   a.is_mailing,
                   (SELECT group_concat(t.name, char(31) ORDER BY t.name COLLATE NOCASE)
                    FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) AS tags
            FROM json_each(:ids) q
            CROSS JOIN contact c ON c.id = q.value
            LEFT JOIN relationship r ON r.contact_id = c.id
            LEFT JOIN contact_review v ON v.contact_id = c.id
            LEFT JOIN contact_address a ON a.id = %s
            ORDER BY q.key""".formatted(FIRST_ADDRESS);

    private static final String LIVE = "c.deleted_at IS NULL AND c.archived = 0";
    private static final String PUT_PLACE = """
            INSERT INTO setting (key, value) VALUES ('%s', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"""
            .formatted(Settings.REVIEW_PLACE);

    private final Transactions tx;

    public JdbiReviewRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public List<ReviewItem> needingAttention(ReviewCriteria criteria, int limit) {
        return tx.read(h -> items(h, queueIds(h, criteria, limit), criteria));
    }

    @Override
    public void startRound(ReviewCriteria criteria, int limit) {
        tx.write(h -> {
            long[] ids = queueIds(h, criteria, limit);
            h.execute("DELETE FROM review_queue");
            PreparedBatch batch = h.prepareBatch("INSERT INTO review_queue (position, contact_id) VALUES (?, ?)");
            for (int i = 0; i < ids.length; i++) {
                batch.bind(0, i).bind(1, ids[i]).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
            h.execute(PUT_PLACE, "0");
            return null;
        });
    }

    @Override
    public OptionalInt place() {
        return tx.read(h -> h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, Settings.REVIEW_PLACE)
                .mapTo(String.class).findOne()
                .map(JdbiReviewRepository::parsePlace)
                .orElse(OptionalInt.empty()));
    }

    private static OptionalInt parsePlace(String text) {
        try {
            return OptionalInt.of(Math.max(0, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return OptionalInt.of(0);
        }
    }

    @Override
    public ReviewStep step(ReviewCriteria criteria, int position, boolean backwards) {
        return tx.read(h -> {
            var entry = h.createQuery("""
                            SELECT q.position, q.contact_id FROM review_queue q JOIN contact c ON c.id = q.contact_id
                            WHERE %s AND q.position %s ? ORDER BY q.position %s LIMIT 1"""
                            .formatted(LIVE, backwards ? "<=" : ">=", backwards ? "DESC" : "ASC"))
                    .bind(0, position)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .findOne();
            int at = entry.map(e -> (int) e[0]).orElse(position);
            ReviewItem item = entry.map(e -> items(h, new long[] {e[1]}, criteria))
                    .filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse(null);
            return h.createQuery("""
                            SELECT count(*), coalesce(sum(q.position <= :at), 0), coalesce(sum(v.reviewed_on >= :today), 0)
                            FROM review_queue q JOIN contact c ON c.id = q.contact_id
                            LEFT JOIN contact_review v ON v.contact_id = q.contact_id
                            WHERE %s""".formatted(LIVE))
                    .bind("at", at).bind("today", criteria.today().toString())
                    .map((rs, ctx) -> new ReviewStep(at, rs.getInt(2), rs.getInt(1), rs.getInt(3), item))
                    .one();
        });
    }

    @Override
    public void moveTo(int position) {
        tx.write(h -> h.execute(PUT_PLACE, Integer.toString(Math.max(0, position))));
    }

    @Override
    public void markReviewed(long contactId, LocalDate on, int nextPosition) {
        tx.write(h -> {
            h.execute("""
                    INSERT INTO contact_review (contact_id, reviewed_on) VALUES (?, ?)
                    ON CONFLICT (contact_id) DO UPDATE SET reviewed_on = excluded.reviewed_on""",
                    contactId, on.toString());
            return h.execute(PUT_PLACE, Integer.toString(Math.max(0, nextPosition)));
        });
    }

    private static long[] queueIds(Handle h, ReviewCriteria criteria, int limit) {
        return h.createQuery(QUEUE)
                .bind("today", criteria.today().toString())
                .bind("reviewDue", criteria.reviewDueOnOrBefore().toString())
                .bind("season", criteria.cardSeason() ? 1 : 0)
                .bind("limit", limit)
                .mapTo(Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    private static List<ReviewItem> items(Handle h, long[] ids, ReviewCriteria criteria) {
        if (ids.length == 0) {
            return List.of();
        }
        return h.createQuery(ITEMS).bind("ids", Arrays.toString(ids))
                .map((rs, ctx) -> item(rs, criteria)).list();
    }

    private static ReviewItem item(ResultSet rs, ReviewCriteria criteria) throws SQLException {
        PostalAddress mailing = rs.getObject("address_id") == null ? null
                : new PostalAddress(rs.getString("label"), rs.getString("street"), rs.getString("locality"),
                rs.getString("region"), rs.getString("postal_code"), rs.getString("country_code"),
                rs.getInt("is_mailing") == 1);
        ReviewFacts facts = new ReviewFacts(rs.getInt("flagged") == 1, LocalDates.parseDue(rs.getString("next_due_on")),
                LocalDates.parse(rs.getString("reviewed_on")), LocalDates.parse(rs.getString("added_on")), mailing,
                integer(rs, "score"), integer(rs, "score_before"));
        String unit = rs.getString("cadence_unit");
        Cadence cadence = unit == null ? null : Cadence.ofDays(rs.getInt("cadence_days"), Cadence.Unit.valueOf(unit));
        String tags = rs.getString("tags");
        return new ReviewItem(rs.getLong("id"), rs.getString("display_name"), rs.getString("organisation"), facts,
                LocalDates.parse(rs.getString("last_interaction_on")), cadence, rs.getString("flag_reason"),
                tags == null ? List.of() : List.of(tags.split("\u001f")),
                ReviewRules.reasons(facts, criteria));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
