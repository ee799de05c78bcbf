package app.rapport.ui.network;

import app.rapport.domain.network.Layout;
import app.rapport.domain.network.Point;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import app.rapport.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Where the map's nodes are: the saved map at once, then the force layout settling in the background
 * (each frame shown as it comes, its progress told), nodes the user drags staying put, every change saved.
 */
public final class MapLayoutRun {
    private final NetworkService network;
    private final TaskRunner runner;
    private final Runnable onFrame;
    private final Consumer<Throwable> failed;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private Layout layout = Layout.EMPTY;
    /** The running layout's stop switch; each run gets its own, so stopping one never restarts another. */
    private AtomicBoolean cancelled = new AtomicBoolean();
    private boolean saveRunning;
    private boolean saveAgain;

    /** {@code onFrame} runs on the UI thread whenever the nodes moved. */
    MapLayoutRun(NetworkService network, TaskRunner runner, Runnable onFrame, Consumer<Throwable> failed) {
        this.network = network;
        this.runner = runner;
        this.onFrame = onFrame;
        this.failed = failed;
    }

    /** Where each node is now. */
    Layout current() {
        return layout;
    }

    /** A saved map, shown at once. */
    void show(Layout saved) {
        layout = saved;
    }

    /** Lets the layout of {@code graph} settle from where its nodes are now. */
    void settle(NetworkGraph graph) {
        settle(graph, layout);
    }

    /** Runs the force layout from {@code start} (known nodes stay put), animating as it goes. */
    private void settle(NetworkGraph graph, Layout start) {
        stop();
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        progress.set(0);
        runner.compute(() -> network.layout(graph, start, (partial, done, total) -> runner.onUiThread(() -> {
            if (!mine.get()) {
                layout = partial;
                progress.set(total == 0 ? 1 : (double) done / total);
                onFrame.run();
            }
        }), mine::get), finished -> {
            if (mine.get()) {
                return; // a newer layout or a reload took over
            }
            layout = finished;
            progress.set(1);
            onFrame.run();
            save();
        }, failed);
    }

    /** The user dragged a node: it stays where it was put (and is saved there). */
    public void move(long id, double x, double y) {
        Map<Long, Point> positions = new HashMap<>(layout.positions());
        positions.put(id, new Point(x, y));
        layout = new Layout(positions);
        onFrame.run();
        save();
    }

    /** Lets the layout of {@code graph} place a node again among its neighbours. */
    void release(NetworkGraph graph, long id) {
        Map<Long, Point> positions = new HashMap<>(layout.positions());
        positions.remove(id);
        settle(graph, new Layout(positions));
    }

    private void save() {
        if (saveRunning) {
            saveAgain = true; // one more write once this one is done carries every move made meanwhile
            return;
        }
        saveRunning = true;
        Layout snapshot = layout;
        runner.run(() -> {
            network.savePositions(snapshot);
            return null;
        }, done -> {
            saveRunning = false;
            if (saveAgain) {
                saveAgain = false;
                save();
            }
        }, failure -> {
            saveRunning = false;
            failed.accept(failure);
        });
    }

    /** Stops a running layout, for instance when the area is left or the network is read again. */
    public void stop() {
        cancelled.set(true);
    }

    /** 0 to 1 while the layout settles; 1 when it has. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
