package app.rapport.ui.contacts;

import app.rapport.ui.common.ColumnFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The contacts table's column widths, kept between runs by names that stay the same across versions and languages. */
final class ColumnWidths {
    private final TableView<ContactRow> table;
    private final Map<String, TableColumn<ContactRow, String>> named;

    ColumnWidths(TableView<ContactRow> table, Map<String, TableColumn<ContactRow, String>> named) {
        this.table = table;
        this.named = named;
    }

    /** The columns' widths as the user left them, by name. */
    Map<String, Double> get() {
        Map<String, Double> widths = new LinkedHashMap<>();
        named.forEach((name, column) -> widths.put(name, column.getWidth()));
        return widths;
    }

    /**
     * Gives the columns the widths kept from the last run, once the table knows how wide it is: widths from
     * a wider window are narrowed to fit, so every column stays in sight. Names this version does not know
     * are ignored.
     */
    void restore(Map<String, Double> widths) {
        if (table.getWidth() > 0) {
            fit(widths);
            return;
        }
        table.widthProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    table.widthProperty().removeListener(this);
                    fit(widths);
                }
            }
        });
    }

    private void fit(Map<String, Double> widths) {
        List<TableColumn<ContactRow, ?>> columns = new ArrayList<>();
        List<Double> wanted = new ArrayList<>();
        named.forEach((name, column) -> {
            Double width = widths.get(name);
            if (width != null && column.isVisible()) {
                columns.add(column);
                wanted.add(width);
            } else if (width != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), width)); // fitted when the user shows it
            }
        });
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - 20; // the vertical scroll bar
        for (TableColumn<ContactRow, ?> other : table.getVisibleLeafColumns()) {
            if (!columns.contains(other)) {
                room -= other.getWidth();
            }
        }
        double[] fitted = ColumnFit.fit(wanted.stream().mapToDouble(Double::doubleValue).toArray(),
                columns.stream().mapToDouble(TableColumn::getMinWidth).toArray(), room);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(fitted[i]);
        }
    }

    /** Runs {@code changed} whenever the user resizes a column. */
    void onChanged(Runnable changed) {
        named.values().forEach(column -> column.widthProperty().addListener((obs, old, w) -> changed.run()));
    }
}
