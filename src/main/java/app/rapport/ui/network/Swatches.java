package app.rapport.ui.network;

import app.rapport.domain.network.MapPalette;
import app.rapport.ui.network.InsightPanel.Row;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/** Rows of the legend and the panel's lists, each with a swatch of the colour it has on the map. */
final class Swatches {
    private Swatches() {
    }

    static Rectangle of(int colour) {
        return new Rectangle(10, 10, CanvasPainter.fx(MapPalette.node(colour)));
    }

    /** The legend follows the view-model's: one swatch and label for each entry. */
    static void legend(FlowPane legend, ObservableList<Row> rows) {
        rows.addListener((ListChangeListener<Row>) c -> {
            legend.getChildren().clear();
            for (Row row : rows) {
                Label l = new Label(row.label(), of(row.colour()));
                l.getStyleClass().add("result-count");
                legend.getChildren().add(l);
            }
        });
    }

    /** "Boris Ivanov · 42" with Boris's colour. */
    static void rows(ListView<Row> list, ObservableList<Row> rows) {
        rows(list, rows, row -> "");
    }

    /** As {@link #rows(ListView, ObservableList)}, each row with a tooltip of {@code tip}'s words (none when empty). */
    static void rows(ListView<Row> list, ObservableList<Row> rows, Function<Row, String> tip) {
        list.setItems(rows);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label() + "  \u00B7  " + row.detail());
                setGraphic(empty || row == null ? null : of(row.colour()));
                String words = empty || row == null ? "" : tip.apply(row);
                setTooltip(words.isEmpty() ? null : new Tooltip(words));
            }
        });
    }

    /**
     * A row chosen selects its contact, and the map goes there; another contact chosen on the map lets
     * go of the row, so a click on it chooses them again.
     */
    static void choosing(ListView<Row> list, ObjectProperty<Long> selected, LongConsumer goTo) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selected.set(row.id());
                goTo.accept(row.id());
            }
        });
        selected.addListener((obs, old, now) -> {
            Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && (now == null || row.id() != now)) {
                list.getSelectionModel().clearSelection();
            }
        });
    }
}
