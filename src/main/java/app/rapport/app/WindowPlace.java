package app.rapport.app;

import app.rapport.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window was last run: put back when that place is still on a screen (a monitor may have
 * gone), and kept, with the contact list's column widths and divider, whenever they change.
 */
final class WindowPlace {
    /** The contact list's layout as it is now; null while no list is shown. */
    interface ListLayout {
        Map<String, Double> columnWidths();

        double divider();
    }

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlace.class);

    private final WindowPreference preference;
    private final TaskRunner runner;
    private final PauseTransition keepSoon = new PauseTransition(Duration.millis(500));
    private final ChangeListener<Object> moved = (obs, old, now) -> keepSoon.playFromStart();
    /** Where the window was last run, read before the window exists; null when never kept. */
    private WindowPreference.State kept;
    /** The window's bounds when last not maximized: what a maximized window goes back to next time. */
    private WindowPreference.Bounds normalBounds;
    private Stage stage;
    private Supplier<ListLayout> list = () -> null;

    WindowPlace(WindowPreference preference, WindowPreference.State kept, TaskRunner runner) {
        this.preference = preference;
        this.kept = kept;
        this.runner = runner;
    }

    /** What was kept last time; null when never. */
    WindowPreference.State kept() {
        return kept;
    }

    /** Where the contact list's layout is read from when the window's place is kept. */
    void readListFrom(Supplier<ListLayout> list) {
        this.list = list;
    }

    /** Keeps the window's place a moment from now (after a drag, once). */
    void keepSoon() {
        keepSoon.playFromStart();
    }

    /** Puts the window where it was last time, and keeps its place whenever it changes. */
    void place(Stage stage) {
        this.stage = stage;
        WindowPreference.Bounds bounds = kept == null ? null : kept.bounds();
        Rectangle2D area = bounds == null ? null : screenOf(bounds);
        if (area == null) { // first start, or its screen is gone: the scene's size, fitted to the main screen
            area = javafx.stage.Screen.getPrimary().getVisualBounds();
            bounds = WindowPreference.Bounds.first(stage.getScene().getWidth(), stage.getScene().getHeight(),
                    area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        }
        WindowPreference.Bounds b = bounds.within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(Math.max(stage.getMinWidth(), b.width()));
        stage.setHeight(Math.max(stage.getMinHeight(), b.height()));
        if (kept != null && kept.maximized()) {
            stage.setMaximized(true);
        }
        keepSoon.setOnFinished(e -> keep());
        watched(stage).forEach(v -> v.addListener(moved));
    }

    /** The app ends: the place is kept now (queued before the database closes) and no longer watched. */
    void stop() {
        keepSoon.stop();
        keep();
        if (stage != null) {
            watched(stage).forEach(v -> v.removeListener(moved));
        }
    }

    private static List<ObservableValue<?>> watched(Stage stage) {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty());
    }

    /** The usable area of the screen the window's title bar would be on, so the user can grab it; null if none. */
    private static Rectangle2D screenOf(WindowPreference.Bounds b) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D area = screen.getVisualBounds();
            double w = Math.min(b.x() + b.width(), area.getMaxX()) - Math.max(b.x(), area.getMinX());
            double h = Math.min(b.y() + 30, area.getMaxY()) - Math.max(b.y(), area.getMinY());
            if (w >= 100 && h >= 20) {
                return area;
            }
        }
        return null;
    }

    /** Takes the window's state on the FX thread and writes it on the background thread. */
    private void keep() {
        if (stage == null) {
            return;
        }
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            normalBounds = new WindowPreference.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        ListLayout layout = list.get();
        Map<String, Double> columns = layout == null ? kept == null ? Map.of() : kept.columns() : layout.columnWidths();
        double divider = layout == null ? kept == null ? 0 : kept.divider() : layout.divider();
        WindowPreference.State state = new WindowPreference.State(normalBounds, stage.isMaximized(), columns, divider);
        kept = state;
        runner.run(() -> {
            preference.write(state);
            return null;
        }, done -> { }, failure -> LOG.warn("Keeping the window's place failed", failure));
    }
}
