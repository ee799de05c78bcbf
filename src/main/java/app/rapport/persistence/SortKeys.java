package app.rapport.persistence;

import app.rapport.domain.ContactKind;
import app.rapport.domain.PersonName;
import app.rapport.domain.Text;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Recomputes the kept sort keys of contacts with Thai in their names after an upgrade, since Thai's
 * leading vowels now sort after their consonant ({@link Text#sortKey}); other scripts' keys are
 * unchanged. One transaction; only the rows concerned are read.
 */
final class SortKeys {
    private SortKeys() {
    }

    static int refreshThai(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            PreparedBatch update = h.prepareBatch("UPDATE contact SET sort_name = ?, sort_org = ? WHERE id = ?");
            h.createQuery("""
                            SELECT id, kind, name_prefix, given_name, family_name, name_suffix, nickname, organisation
                            FROM contact WHERE display_name GLOB '*[\u0E01-\u0E5B]*' OR organisation GLOB '*[\u0E01-\u0E5B]*'""")
                    .map((rs, ctx) -> {
                        PersonName name = new PersonName(rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7));
                        String organisation = rs.getString(8) == null ? "" : rs.getString(8);
                        String sortName = ContactKind.valueOf(rs.getString(2)) == ContactKind.ORGANISATION
                                ? Text.sortKey(organisation) : name.sortKey();
                        return update.add(sortName, Text.sortKey(organisation), rs.getLong(1));
                    }).list();
            return update.size() == 0 ? 0 : update.execute().length;
        });
    }
}
