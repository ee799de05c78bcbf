package app.rapport.persistence.network;

import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.domain.ties.Assessment;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Timestamps;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes a {@link NetworkBatch} inside the caller's transaction with the derived-column triggers
 * standing aside, then recomputes last interaction, next due and the ledger summary once for each
 * contact it touched.
 */
public final class NetworkWriter {
    /** Recomputes the derived list columns; append a WHERE for the contacts concerned. */
    public static final String DUE_COLUMNS = "UPDATE contact SET (last_interaction_on, next_due_on) = "
            + "(SELECT last_on, next_on FROM contact_due d WHERE d.id = contact.id)";
    public static final String INSERT_TIE = """
            INSERT OR IGNORE INTO tie (from_id, to_id, type, strength, since, note) VALUES (?, ?, ?, ?, ?, ?)""";
    public static final String UPSERT_RELATIONSHIP = """
            INSERT INTO relationship (contact_id, strength, cadence_days, cadence_unit, how_we_met, introduced_by, flagged,
                flag_reason, snoozed_until, trust, goodwill, authority, community, empathy, shared_values, respect,
                collaboration, assessed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (contact_id) DO UPDATE SET strength = excluded.strength, cadence_days = excluded.cadence_days,
                cadence_unit = excluded.cadence_unit, how_we_met = excluded.how_we_met,
                introduced_by = excluded.introduced_by, flagged = excluded.flagged, flag_reason = excluded.flag_reason,
                snoozed_until = excluded.snoozed_until, trust = excluded.trust, goodwill = excluded.goodwill,
                authority = excluded.authority, community = excluded.community, empathy = excluded.empathy,
                shared_values = excluded.shared_values, respect = excluded.respect,
                collaboration = excluded.collaboration, assessed_on = excluded.assessed_on""";
    /** A card follow-up, added on the card's day and completed (if done) at 10:00 that day, UTC. */
    static final String INSERT_CARD_FOLLOW_UP = """
            INSERT INTO follow_up (contact_id, due_on, note, created_at, done_at, source) VALUES (?, ?, ?, ?, ?, 'CARD')""";
    private static final int BATCH = 1_000;

    private final Handle h;

    public NetworkWriter(Handle h) {
        this.h = h;
    }

    public void write(NetworkBatch batch) {
        h.execute("UPDATE bulk_write SET active = 1");
        TreeSet<Long> touched = new TreeSet<>();
        TreeSet<Long> withContacts = new TreeSet<>();
        PreparedBatch ties = h.prepareBatch(INSERT_TIE);
        for (Tie t : batch.ties()) {
            ties.add(t.fromId(), t.toId(), t.type().name(), t.strength(), LocalDates.format(t.since()), t.note());
            ties = flushIfFull(ties, INSERT_TIE);
        }
        execute(ties);
        PreparedBatch relationships = h.prepareBatch(UPSERT_RELATIONSHIP);
        for (Relationship r : batch.relationships()) {
            relationships.add(relationshipValues(r));
            touched.add(r.contactId());
            relationships = flushIfFull(relationships, UPSERT_RELATIONSHIP);
        }
        execute(relationships);
        for (Map.Entry<String, Cadence> e : batch.tagCadences().entrySet()) {
            setTagCadence(h, e.getKey(), e.getValue());
            touched.addAll(h.createQuery("""
                            SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?""")
                    .bind(0, e.getKey()).mapTo(Long.class).list());
        }
        if (!batch.interactions().isEmpty()) {
            long next = h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM interaction").mapTo(Long.class).one();
            String insertInteraction = "INSERT INTO interaction (id, type, occurred_at, direction, note) VALUES (?, ?, ?, ?, ?)";
            String insertParticipant = "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id, role) VALUES (?, ?, ?)";
            PreparedBatch interactions = h.prepareBatch(insertInteraction);
            PreparedBatch participants = h.prepareBatch(insertParticipant);
            for (Interaction i : batch.interactions()) {
                long id = next++;
                interactions.add(id, i.type().name(), LocalDates.format(i.occurredAt()), i.direction().name(), i.note());
                for (Participant p : i.participants()) {
                    participants.add(id, p.contactId(), p.role().name());
                    touched.add(p.contactId());
                    if (p.role() == ParticipantRole.WITH) {
                        withContacts.add(p.contactId());
                    }
                }
                if (interactions.size() >= BATCH) {
                    // interactions first: their participants refer to them
                    interactions.execute();
                    participants.execute();
                    interactions = h.prepareBatch(insertInteraction);
                    participants = h.prepareBatch(insertParticipant);
                }
            }
            execute(interactions);
            execute(participants);
        }
        PreparedBatch followUps = h.prepareBatch(INSERT_CARD_FOLLOW_UP);
        for (CardFollowUp f : batch.cardFollowUps()) {
            followUps.add(cardFollowUpValues(f));
            followUps = flushIfFull(followUps, INSERT_CARD_FOLLOW_UP);
        }
        execute(followUps);
        if (!touched.isEmpty()) {
            h.execute(DUE_COLUMNS + " WHERE id IN (SELECT value FROM json_each(?))", jsonArray(touched));
        }
        if (!withContacts.isEmpty()) {
            rebuildLedger(h, jsonArray(withContacts));
        }
        h.execute("UPDATE bulk_write SET active = 0");
    }

    /** Counts the ledger summary rows of the contacts in the JSON array {@code ids} afresh from their interactions. */
    public static void rebuildLedger(Handle h, String ids) {
        h.execute("DELETE FROM ledger_summary WHERE contact_id IN (SELECT value FROM json_each(?))", ids);
        // the ledger_counts view for these contacts only: SQLite does not push the id list into the view
        h.execute("""
                INSERT INTO ledger_summary (contact_id, given, received)
                SELECT ic.contact_id, sum(i.direction = 'GIVEN'), sum(i.direction = 'RECEIVED')
                FROM json_each(?) j
                CROSS JOIN interaction_contact ic ON ic.contact_id = j.value AND ic.role = 'WITH'
                JOIN interaction i ON i.id = ic.interaction_id
                WHERE i.deleted_at IS NULL AND i.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT')
                GROUP BY ic.contact_id""", ids);
    }

    /** Sets or (with null) removes a tag's default cadence, creating the tag when it is new. */
    public static void setTagCadence(Handle h, String tag, Cadence cadence) {
        if (cadence == null) {
            h.execute("DELETE FROM tag_cadence WHERE tag_id = (SELECT id FROM tag WHERE name = ?)", tag);
            return;
        }
        h.execute("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING", tag);
        h.execute("""
                INSERT INTO tag_cadence (tag_id, cadence_days, cadence_unit) SELECT id, ?, ? FROM tag WHERE name = ?
                ON CONFLICT (tag_id) DO UPDATE SET cadence_days = excluded.cadence_days, cadence_unit = excluded.cadence_unit""",
                cadence.days(), cadence.unit().name(), tag);
    }

    public static Object[] relationshipValues(Relationship r) {
        Cadence c = r.cadence();
        Assessment a = r.assessment();
        return new Object[] {r.contactId(), r.strength(), c == null ? null : c.days(), c == null ? null : c.unit().name(),
                r.howWeMet(), r.introducedBy(), r.flagged() ? 1 : 0, r.flagReason(), LocalDates.format(r.snoozedUntil()),
                a == null ? null : a.trust(), a == null ? null : a.goodwill(), a == null ? null : a.authority(),
                a == null ? null : a.community(), a == null ? null : a.empathy(), a == null ? null : a.sharedValues(),
                a == null ? null : a.respect(), a == null ? null : a.collaboration(),
                a == null ? null : LocalDates.format(a.assessedOn())};
    }

    static Object[] cardFollowUpValues(CardFollowUp f) {
        LocalDate cardDay = f.dueOn().minusDays(CardFollowUp.DAYS_AFTER_CARD);
        return new Object[] {f.contactId(), f.dueOn().toString(), "",
                Timestamps.format(cardDay.atStartOfDay(ZoneOffset.UTC).toInstant()),
                f.done() ? Timestamps.format(f.doneOn().atTime(10, 0).toInstant(ZoneOffset.UTC)) : null};
    }

    public static String jsonArray(Iterable<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (long id : ids) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        return json.append(']').toString();
    }

    private PreparedBatch flushIfFull(PreparedBatch batch, String sql) {
        if (batch.size() < BATCH) {
            return batch;
        }
        batch.execute();
        return h.prepareBatch(sql);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
