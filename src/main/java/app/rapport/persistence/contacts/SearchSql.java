package app.rapport.persistence.contacts;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.persistence.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SQL that finds contact ids for a {@link ContactQuery}. Words of three or more
 * characters go to the FTS5 trigram index (substring, case- and diacritic-insensitive); shorter
 * words, which trigrams cannot index, match the start of a word of the name or organisation
 * through a second FTS5 table with one- and two-character prefix indexes.
 */
public final class SearchSql {
    private final String sql;
    private final List<Object> params;

    private SearchSql(String sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
    }

    public String sql() {
        return sql;
    }

    /** Values for the statement's ? placeholders, in order. */
    List<Object> params() {
        return params;
    }

    public static SearchSql idsFor(ContactQuery q) {
        List<Object> params = new ArrayList<>();
        String where = whereOf(q, params);
        String dir = q.ascending() ? "ASC" : "DESC";
        String order = switch (q.sort()) {
            case NAME -> "c.sort_name " + dir + ", c.id " + dir;
            case ORGANISATION -> "c.sort_org " + dir + ", c.sort_name " + dir + ", c.id " + dir;
            case EMAIL -> "c.primary_email " + dir + ", c.id " + dir;
            case PHONE -> "c.primary_phone " + dir + ", c.id " + dir;
            case UPDATED -> "c.updated_at " + dir + ", c.id " + dir;
            case LAST_INTERACTION -> "c.last_interaction_on " + dir + ", c.id " + dir;
            case NEXT_DUE -> "c.next_due_on " + dir + ", c.id " + dir;
            case SCORE -> "c.score " + dir + ", c.id " + dir;
        };
        return new SearchSql("SELECT c.id FROM contact c WHERE " + where + " ORDER BY " + order, params);
    }

    /**
     * One page of the contacts a picker offers for {@code text}: the same matches as the list, best
     * first — the name exactly as typed, then names that start with it, then names with a word that
     * starts with it, then names that contain it, then the rest (matched by organisation, email, notes);
     * by name within each. Names are compared folded ({@link Database#FOLD_FUNCTION}).
     */
    static SearchSql pickFor(String text, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = whereOf(ContactQuery.text(text), params);
        String typed = Text.fold(Text.clean(text)).replaceAll("\\s+", " ");
        String name = Database.FOLD_FUNCTION + "(c.display_name)";
        String rank = "CASE WHEN " + name + " = ? THEN 0"
                + " WHEN substr(" + name + ", 1, length(?)) = ? THEN 1"
                + " WHEN instr(' ' || " + name + ", ' ' || ?) > 0 THEN 2"
                + " WHEN instr(" + name + ", ?) > 0 THEN 3 ELSE 4 END";
        List<Object> all = new ArrayList<>(List.of(typed, typed, typed, typed, typed));
        all.addAll(params);
        all.add(limit);
        all.add(offset);
        return new SearchSql("SELECT c.id FROM contact c WHERE " + where
                + " ORDER BY " + rank + ", c.sort_name, c.id LIMIT ? OFFSET ?", all);
    }

    private static String whereOf(ContactQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder("c.deleted_at IS NULL");
        if (!q.includeArchived()) {
            where.append(" AND c.archived = 0");
        }
        if (q.kind() != null) {
            where.append(" AND c.kind = ?");
            params.add(q.kind().name());
        }
        if (q.tag() != null) {
            where.append(" AND c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)");
            params.add(q.tag());
        }
        List<String> longWords = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : q.text().split("\\s+")) {
            String folded = Text.fold(word);
            if (folded.isEmpty()) {
                continue;
            }
            if (folded.codePointCount(0, folded.length()) >= 3) {
                longWords.add(folded);
            } else if (folded.codePoints().anyMatch(Character::isLetterOrDigit)) {
                shortWords.add(folded);
            } else {
                where.append(" AND 0"); // punctuation alone is in no name
            }
        }
        if (!longWords.isEmpty()) {
            where.append(" AND c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
            params.add(matchExpression(longWords));
        }
        if (!shortWords.isEmpty()) {
            where.append(" AND c.id IN (SELECT rowid FROM contact_name_fts WHERE contact_name_fts MATCH ?)");
            params.add(prefixExpression(shortWords));
        }
        return where.toString();
    }

    /** Each word as an FTS5 string, all required: {@code "mul" AND "anna"}. */
    static String matchExpression(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add('"' + w.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", quoted);
    }

    /** Each short word as a prefix of some word of the name: {@code "an"* AND "mu"*}. */
    static String prefixExpression(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add('"' + w.replace("\"", "\"\"") + "\"*");
        }
        return String.join(" AND ", quoted);
    }
}
