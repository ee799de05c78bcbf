package app.rapport.persistence;

import app.rapport.domain.ContactQuery;
import app.rapport.domain.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the SQL that finds contact ids for a {@link ContactQuery}. Words of three or more
 * characters go to the FTS5 trigram index (substring, case- and diacritic-insensitive); shorter
 * words, which trigrams cannot index, match the start of a word of the name or organisation.
 */
final class SearchSql {
    private final String sql;
    private final Map<String, Object> params;

    private SearchSql(String sql, Map<String, Object> params) {
        this.sql = sql;
        this.params = params;
    }

    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    static SearchSql idsFor(ContactQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("c.deleted_at IS NULL");
        if (!q.includeArchived()) {
            where.append(" AND c.archived = 0");
        }
        if (q.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.tag() != null) {
            where.append(" AND c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = :tag)");
            params.put("tag", q.tag());
        }
        List<String> longWords = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : q.text().split("\\s+")) {
            String folded = Text.fold(word);
            if (folded.isEmpty()) {
                continue;
            }
            (folded.codePointCount(0, folded.length()) >= 3 ? longWords : shortWords).add(folded);
        }
        if (!longWords.isEmpty()) {
            where.append(" AND c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :match)");
            params.put("match", matchExpression(longWords));
        }
        for (int i = 0; i < shortWords.size(); i++) {
            String name = "w" + i;
            where.append(" AND (' ' || c.sort_name || ' ' || c.sort_org) LIKE :").append(name).append(" ESCAPE '\\'");
            params.put(name, "% " + escapeLike(shortWords.get(i)) + "%");
        }
        String dir = q.ascending() ? "ASC" : "DESC";
        String order = switch (q.sort()) {
            case NAME -> "c.sort_name " + dir + ", c.id " + dir;
            case ORGANISATION -> "c.sort_org " + dir + ", c.sort_name " + dir + ", c.id " + dir;
            case EMAIL -> "c.primary_email " + dir + ", c.id " + dir;
            case PHONE -> "c.primary_phone " + dir + ", c.id " + dir;
            case UPDATED -> "c.updated_at " + dir + ", c.id " + dir;
        };
        return new SearchSql("SELECT c.id FROM contact c WHERE " + where + " ORDER BY " + order, params);
    }

    /** Each word as an FTS5 string, all required: {@code "mul" AND "anna"}. */
    static String matchExpression(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add('"' + w.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", quoted);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
