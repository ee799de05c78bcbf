package app.rapport.persistence.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.language.NameCollation;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collation keys a database's contacts sort by ({@code sort_name}, {@code sort_org}), and the one
 * collation they were all made with, recorded in the {@code setting} table so that every writer (the
 * window in German, the command line in English) keeps making keys of the same kind. Changing the
 * collation re-keys every contact in one transaction; writers read the collation inside their own
 * transaction, so none can slip a key of the old kind in after the change.
 */
public final class SortKeys {
    public static final String SETTING = "sort.collation";
    private static final Logger LOG = LoggerFactory.getLogger(SortKeys.class);

    private volatile NameCollation collation = NameCollation.ROOT;

    public SortKeys() {
    }

    /** The collation keys are made with now. */
    public NameCollation collation() {
        return collation;
    }

    String nameKey(Contact c) {
        return collation.key(c.sortText());
    }

    String organisationKey(Contact c) {
        return collation.key(c.organisation());
    }

    /**
     * Reads the recorded collation; when there is none (a database from before keys were collation
     * keys) or {@code wanted} differs, makes every key anew with {@code wanted} (or, with none wanted,
     * the recorded one or the root order).
     *
     * @return how many contacts were re-keyed
     */
    public int use(Handle h, NameCollation wanted) {
        NameCollation recorded = recorded(h);
        NameCollation target = wanted != null ? wanted : recorded != null ? recorded : NameCollation.ROOT;
        collation = target;
        if (target.equals(recorded)) {
            return 0;
        }
        int count = rekey(h, target);
        h.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                SETTING, target.tag());
        LOG.info("Sort keys of {} contacts made for {} (were {})", count, target.tag(),
                recorded == null ? "plain text" : recorded.tag());
        return count;
    }

    /** Takes the recorded collation (the root order when none is recorded) without writing a key. */
    public void read(Handle h) {
        NameCollation recorded = recorded(h);
        collation = recorded != null ? recorded : NameCollation.ROOT;
    }

    private static NameCollation recorded(Handle h) {
        return h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, SETTING)
                .mapTo(String.class).findOne().map(NameCollation::forTag).orElse(null);
    }

    private static int rekey(Handle h, NameCollation target) {
        PreparedBatch update = h.prepareBatch("UPDATE contact SET sort_name = ?, sort_org = ? WHERE id = ?");
        h.createQuery("""
                        SELECT id, kind, name_prefix, given_name, family_name, name_suffix, nickname, organisation
                        FROM contact""")
                .map((rs, ctx) -> {
                    String organisation = rs.getString(8) == null ? "" : rs.getString(8);
                    String sortText = ContactKind.valueOf(rs.getString(2)) == ContactKind.ORGANISATION ? organisation
                            : new PersonName(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getString(7)).sortText();
                    return update.add(target.key(sortText), target.key(organisation), rs.getLong(1));
                }).list();
        return update.size() == 0 ? 0 : update.execute().length;
    }
}
