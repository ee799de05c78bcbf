package app.rapport.persistence.contacts;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.NameKey;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.service.importing.MatchKeys;
import app.rapport.service.settings.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The columns an import finds its candidates by (V12): a contact's match name and name key, an
 * email's and a phone number's match key. Computed here, from the values as they are stored, by the
 * same rules {@link JdbiImportRepository} reads contacts with, so that a lookup by index finds exactly
 * the contacts a comparison of every contact would.
 *
 * <p>A phone number written without its country code has a key that depends on the home country: it
 * is computed with the home country at the time it is written, and that country is kept beside it
 * ({@code match_region}; '' for a number with its country code, whose key is the same everywhere).
 * When the home country changes later, or an import is read in another country, the rows keyed in
 * another country are not trusted: the lookup reads them and computes their keys again in the
 * import's country (see {@link JdbiImportRepository#knownContacts(app.rapport.service.importing.KnownLookup)}),
 * so a change of country costs time, never a match. Rows with no key yet (NULL) are treated the same
 * way; {@link #fill} computes them when a file from before V12 is brought up to date.
 */
public final class MatchColumns {
    /**
     * The attribute of a {@link Database}'s Jdbi that holds the user's country, in which numbers are
     * keyed when the settings name no home country ("" when unknown: then {@link PhoneKey}'s own).
     */
    public static final String HOME_REGION = "rapport.homeRegion";

    private MatchColumns() {
    }

    /** What matching compares a name by: "given|family" folded for a person, the folded organisation name. */
    public static String matchName(ContactKind kind, String given, String family, String organisation) {
        return kind == ContactKind.PERSON ? MatchKeys.personName(given, family) : Text.fold(organisation == null ? "" : organisation);
    }

    /** The name with its words sorted ({@link NameKey}): ties find the other contact by it. */
    public static String nameKey(ContactKind kind, String given, String family, String nickname, String organisation) {
        Contact c = kind == ContactKind.PERSON
                ? Contact.newPerson(new PersonName("", given, family, "", nickname))
                : Contact.newOrganisation(organisation, null);
        return NameKey.of(c);
    }

    /**
     * The numbers of phones written now are keyed in: the home country of the settings, else the
     * user's country the database was opened for (as {@link Settings#homeCountry} says), else the United
     * States (as {@link PhoneKey} does).
     */
    public static PhoneKey phoneKey(Handle h) {
        Object region = h.getConfig(SqlStatements.class).getAttribute(HOME_REGION);
        String set = h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, Settings.HOME_COUNTRY)
                .mapTo(String.class).findOne().filter(c -> c.length() == 2).orElse(region == null ? "" : region.toString());
        return new PhoneKey(set);
    }

    /** The region a phone's key was computed in: '' when the key is the same in every region. */
    public static String regionOf(String number, PhoneKey key) {
        return PhoneKey.anyRegion(number) ? "" : key.region();
    }

    /**
     * Computes every key not computed yet (the rows of a file from before V12) in one transaction of its
     * own, on the connection the migrations ran on. Returns how many rows it filled.
     */
    public static int fill(Connection c, String homeRegion) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int filled = fillWithin(c, homeRegion);
            c.commit();
            return filled;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Computes every key not computed yet inside the caller's transaction, numbers in the settings' home
     * country, else in {@code homeRegion}; how many rows it filled.
     */
    static int fillWithin(Connection c, String homeRegion) throws SQLException {
        return fillNames(c) + fillEmails(c) + fillPhones(c, homeRegion);
    }

    /** Computes every key again, inside the caller's transaction (after a restore: they follow from the data). */
    public static void recompute(Connection c, String homeRegion) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE contact SET match_name = NULL, name_key = NULL");
            s.executeUpdate("UPDATE contact_email SET match_key = NULL");
            s.executeUpdate("UPDATE contact_phone SET match_key = NULL, match_region = NULL");
        }
        fillWithin(c, homeRegion);
    }

    private static int fillNames(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT id, kind, given_name, family_name, nickname, organisation FROM contact
                     WHERE match_name IS NULL OR name_key IS NULL""");
             PreparedStatement update = c.prepareStatement("UPDATE contact SET match_name = ?, name_key = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                ContactKind kind = ContactKind.valueOf(rs.getString(2));
                update.setString(1, matchName(kind, rs.getString(3), rs.getString(4), rs.getString(6)));
                update.setString(2, nameKey(kind, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                update.setLong(3, rs.getLong(1));
                update.addBatch();
                n++;
            }
            update.executeBatch();
            return n;
        }
    }

    private static int fillEmails(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, address FROM contact_email WHERE match_key IS NULL");
             PreparedStatement update = c.prepareStatement("UPDATE contact_email SET match_key = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                update.setString(1, MatchKeys.email(rs.getString(2)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                n++;
            }
            update.executeBatch();
            return n;
        }
    }

    private static int fillPhones(Connection c, String homeRegion) throws SQLException {
        String country = "";
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            p.setString(1, Settings.HOME_COUNTRY);
            try (ResultSet rs = p.executeQuery()) {
                country = rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
        PhoneKey key = new PhoneKey(country.length() == 2 ? country : homeRegion);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, number FROM contact_phone WHERE match_key IS NULL OR match_region IS NULL");
             PreparedStatement update = c.prepareStatement("UPDATE contact_phone SET match_key = ?, match_region = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                String number = rs.getString(2);
                update.setString(1, key.of(number));
                update.setString(2, regionOf(number, key));
                update.setLong(3, rs.getLong(1));
                update.addBatch();
                n++;
            }
            update.executeBatch();
            return n;
        }
    }

}
