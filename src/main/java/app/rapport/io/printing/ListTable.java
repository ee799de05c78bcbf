package app.rapport.io.printing;

import java.util.List;

/**
 * A printable list, e.g. a card list: a title ("Holiday 2026 — 48 cards"), columns with localised
 * headers and relative widths, and rows of cells; a cell may hold several lines ("\n").
 */
public record ListTable(String title, List<Column> columns, List<List<String>> rows) {
    /** A column's header and its share of the width relative to the others (e.g. 2 for an address, 1 for a status). */
    public record Column(String header, double weight) {
        public Column {
            header = header == null ? "" : header;
            if (!(weight > 0)) {
                throw new IllegalArgumentException("A column's weight must be positive: " + weight);
            }
        }
    }

    public ListTable {
        title = title == null ? "" : title;
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) {
            throw new PrintException(PrintException.NO_COLUMNS);
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
