package app.rapport.io.importing;

import java.util.List;
import java.util.Locale;

/** One program's CSV: how to tell its header row, what each column means, how it writes lists. */
interface CsvDialect {
    FileFormat format();

    /** True when {@code header} is this program's header row. */
    boolean recognises(List<String> header);

    CsvColumn column(String header);

    /** What each column of {@code header} holds, in its order: by default each by its own name. */
    default List<CsvColumn> columns(List<String> header) {
        return header.stream().map(this::column).toList();
    }

    /** Several values in one cell (Google's " ::: "), or null when a cell holds one. */
    default String multiValueSeparator() {
        return null;
    }

    /** The tags in one cell. */
    default List<String> tags(String cell) {
        return List.of(cell.split("\\s*(?:,|;| ::: )\\s*"));
    }

    /** How we met the people in this file ("LinkedIn"), or empty. */
    default String metThrough() {
        return "";
    }

    static String lower(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    static boolean has(List<String> header, String name) {
        return header.stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }
}
