package app.rapport.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A table's columns fill its width, as the constrained policy has them, until the user drags a column
 * wider than the table has room for (in a 1280-pixel window every column is already down to its header's
 * words): then the table scrolls sideways and keeps the widths the user chose, until they fit again.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class FillOrScroll implements Callback<TableView.ResizeFeatures, Boolean> {
    private final Callback<TableView.ResizeFeatures, Boolean> fill = TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
    private boolean scrolling;

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        double room = features.getContentWidth();
        if (features.getColumn() == null) { // the table was resized, or a column shown or hidden
            if (scrolling && total(features.getTable()) > room) {
                return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
            }
            scrolling = false;
            return fill.call(features);
        }
        if (!scrolling && fill.call(features)) {
            return true;
        }
        scrolling = true;
        boolean resized = TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        if (total(features.getTable()) <= room) {
            scrolling = false; // narrowed back within the room: the columns fill it again
        }
        return resized;
    }

    /** The widths about to be restored were chosen beyond the room: keep them, scrolled, if they still are. */
    public void keepWidthsBeyondRoom() {
        scrolling = true;
    }

    /** Whether the table scrolls sideways now, the user's widths being wider than its room. */
    public boolean scrolling() {
        return scrolling;
    }

    private static double total(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }
}
