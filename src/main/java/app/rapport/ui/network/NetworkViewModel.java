package app.rapport.ui.network;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphFilter;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.IntroductionPath;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.MapBuilder;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.Point;
import app.rapport.io.exporting.OutputFile;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkPicture;
import app.rapport.service.network.NetworkService;
import app.rapport.service.printing.DocumentService;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Network area's state: the whole network once loaded and its metrics, what is shown of it
 * ({@link MapFilters}), where its nodes are ({@link MapLayoutRun}), the search highlight and the
 * selection, turned into the {@link MapDrawing} the canvas paints; the panel ({@link InsightPanel}),
 * introduction paths ({@link IntroductionPaths}) and the Export menu ({@link MapExports}) beside it.
 */
public final class NetworkViewModel {
    /** Which part of the network is shown. */
    public enum View { MY_NETWORK, MY_NETWORK_2, WHOLE, AROUND_SELECTED }

    /** What a node's size says. */
    public enum SizeBy { CONNECTIONS, BROKERAGE, SCORE }

    /** What a node's colour says. */
    public enum ColourBy { COMMUNITY, TAG }

    /** The map is fitted again, around this contact when not null. */
    public record Refit(Long around) {
    }

    private final NetworkService network;
    private final TaskRunner runner;
    private final MapFilters filters = new MapFilters(this::reshow);
    private final MapLayoutRun layout;
    private final InsightPanel panel = new InsightPanel();
    private final IntroductionPaths paths;
    private final MapExports exports;

    private final ObjectProperty<SizeBy> sizeBy = new SimpleObjectProperty<>(SizeBy.CONNECTIONS);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.COMMUNITY);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MapDrawing> scene = new ReadOnlyObjectWrapper<>(MapDrawing.EMPTY);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    private NetworkGraph full;
    private long loadedVersion = -1;
    private GraphMetrics metrics;
    private NetworkGraph shown;
    private long generation;

    public NetworkViewModel(NetworkService network, TaskRunner runner, DocumentService documents, DialogService dialogs) {
        this.network = network;
        this.runner = runner;
        this.layout = new MapLayoutRun(network, runner, this::redraw, this::failed);
        this.paths = new IntroductionPaths(network, runner, () -> full, this::failed);
        this.exports = new MapExports(network, runner, documents, dialogs, new MapExports.Source() {
            @Override
            public NetworkGraph whole() {
                return full;
            }

            @Override
            public NetworkGraph shown() {
                return shown;
            }

            @Override
            public GraphMetrics metrics() {
                return metrics;
            }
        }, this::failed);
        selected.addListener((obs, old, now) -> {
            if (filters.viewProperty().get() == View.AROUND_SELECTED) {
                reshow();
            } else {
                redraw();
            }
        });
        sizeBy.addListener((obs, old, now) -> redraw());
        colourBy.addListener((obs, old, now) -> {
            panel.colourBy(now);
            redraw();
        });
        search.addListener((obs, old, now) -> redraw());
    }

    private record Loaded(long version, NetworkGraph graph, GraphMetrics metrics, Layout saved) {
    }

    /**
     * Loads the network and its metrics, shows the saved map at once, then lets the layout settle.
     * When nothing changed since the last load, the metrics and map already held are kept.
     */
    public void load() {
        layout.stop();
        long known = loadedVersion;
        boolean have = full != null;
        runner.run(() -> {
            long version = network.version();
            if (have && version == known) {
                return null;
            }
            NetworkGraph g = network.load();
            return new Loaded(version, g, network.metrics(g), network.savedPositions());
        }, loaded -> {
            if (loaded == null) {
                reshow();
                return;
            }
            loadedVersion = loaded.version();
            full = loaded.graph();
            metrics = loaded.metrics();
            layout.show(loaded.saved());
            panel.update(full, metrics);
            filters.tagChoices().setAll(panel.tagNames());
            reshow();
            layout.settle(full);
        }, this::failed);
    }

    /** Lets the layout place a node again among its neighbours (Alt+click). */
    public void release(long id) {
        if (full != null) {
            layout.release(full, id);
        }
    }

    /** The first contact whose name matches the search, to focus the view on. */
    public Optional<Long> firstMatch() {
        String q = Text.fold(search.get().strip());
        if (shown == null || q.isEmpty()) {
            return Optional.empty();
        }
        return shown.nodes().stream().filter(n -> !n.isMe() && Text.fold(n.name()).contains(q))
                .map(GraphNode::id).findFirst();
    }

    /** Enter in the search: the first match is selected; it is returned for the map to go there. */
    public Optional<Long> goToFirstMatch() {
        Optional<Long> found = firstMatch();
        found.ifPresent(selected::set);
        return found;
    }

    /** A double-click on a contact: the map shows the network around them. */
    public void showAround(long id) {
        selected.set(id);
        filters.viewProperty().set(View.AROUND_SELECTED);
    }

    /** The contact Open in Contacts shows: the selected one, never Me. */
    public Optional<Long> contactToOpen() {
        Long id = selected.get();
        return id == null || id == GraphNode.ME_ID ? Optional.empty() : Optional.of(id);
    }

    /**
     * Whether a new picture of the map is fitted again: while it settles or when what is shown changed
     * (not for a selection or a search highlight), around the selected contact when the map shows the
     * network around them. The window fits only until the user zooms or pans.
     */
    public Optional<Refit> refitAfter(MapDrawing before, MapDrawing now) {
        boolean changed = layout.progressProperty().get() < 1 || before == null
                || before.nodes().size() != now.nodes().size();
        if (now.isEmpty() || !changed) {
            return Optional.empty();
        }
        return Optional.of(new Refit(filters.viewProperty().get() == View.AROUND_SELECTED ? selected.get() : null));
    }

    private void reshow() {
        if (full == null) {
            return;
        }
        long mine = ++generation;
        NetworkGraph g = full;
        GraphFilter filter = filters.filter();
        View v = filters.viewProperty().get();
        Long around = selected.get();
        runner.compute(() -> MapFilters.shown(g, filter, v, around), visible -> {
            if (mine == generation) {
                shown = visible;
                redraw();
            }
        }, this::failed);
    }

    /** Turns the shown graph and the current layout into what the canvas draws. */
    private void redraw() {
        if (shown == null) {
            scene.set(MapDrawing.EMPTY);
            return;
        }
        String q = Text.fold(search.get().strip());
        NetworkGraph g = shown;
        scene.set(MapBuilder.of(g.nodes(), g.edges(), layout.current().positions())
                .sizedBy(this::measure)
                .colouredBy(panel::colour)
                .highlighting(n -> !q.isEmpty() && Text.fold(n.name()).contains(q))
                .build());
    }

    private double measure(long id) {
        return switch (sizeBy.get()) {
            case BROKERAGE -> metrics != null ? metrics.betweenness(id) : shown.degree(id);
            // a score not computed yet draws the node at the smallest size
            case SCORE -> Math.max(0, shown.node(id).score());
            case CONNECTIONS -> shown.degree(id);
        };
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    /** Stops a running layout, for instance when the area is left. */
    public void stop() {
        layout.stop();
    }

    public MapFilters filters() {
        return filters;
    }

    public MapLayoutRun layout() {
        return layout;
    }

    public InsightPanel panel() {
        return panel;
    }

    public IntroductionPaths paths() {
        return paths;
    }

    public MapExports exports() {
        return exports;
    }

    public ObjectProperty<SizeBy> sizeByProperty() {
        return sizeBy;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MapDrawing> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
