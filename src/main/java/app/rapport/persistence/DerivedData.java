package app.rapport.persistence;

import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.contacts.MatchColumns;
import app.rapport.persistence.network.NetworkWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds, for every contact, what triggers keep in step (search rows, first email and phone, last
 * interaction and next due date, the ledger summary) after rows went in with the triggers standing
 * aside, and the keys imports find candidates by ({@link MatchColumns}). A JSON backup is not trusted
 * for these: they follow from the data.
 */
public final class DerivedData {
    private DerivedData() {
    }

    /**
     * Recomputes everything derived, inside the caller's transaction; phone numbers are keyed in the
     * settings' home country, else in {@code homeRegion} (see {@link MatchColumns}).
     */
    public static void recompute(Connection c, String homeRegion) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE bulk_write SET active = 1");
            s.executeUpdate("DELETE FROM contact_fts");
            s.executeUpdate("INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text");
            s.executeUpdate("DELETE FROM contact_name_fts");
            s.executeUpdate("INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text");
            s.executeUpdate(JdbiContactRepository.FIRST_CHANNELS);
            s.executeUpdate(NetworkWriter.DUE_COLUMNS);
            s.executeUpdate("DELETE FROM ledger_summary");
            s.executeUpdate("""
                    INSERT INTO ledger_summary (contact_id, given, received)
                    SELECT contact_id, given, received FROM ledger_counts WHERE given > 0 OR received > 0""");
            s.executeUpdate("UPDATE bulk_write SET active = 0");
        }
        MatchColumns.recompute(c, homeRegion);
    }
}
