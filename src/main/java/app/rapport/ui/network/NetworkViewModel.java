package app.rapport.ui.network;

import app.rapport.domain.ContactKind;
import app.rapport.domain.Text;
import app.rapport.domain.network.MapBuilder;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapPalette;
import app.rapport.graph.GraphEdge;
import app.rapport.graph.GraphFilter;
import app.rapport.graph.GraphMetrics;
import app.rapport.graph.GraphNode;
import app.rapport.graph.IntroductionPath;
import app.rapport.graph.Layout;
import app.rapport.graph.NetworkGraph;
import app.rapport.graph.NetworkService;
import app.rapport.graph.Point;
import app.rapport.graph.NetworkPicture;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Network area's state: the whole network once loaded, its metrics and layout (computed in the
 * background, the layout shown as it settles), and what is shown of it — the view, the filters, the
 * search highlight, the selection — turned into a {@link MapDrawing} for the canvas.
 */
public final class NetworkViewModel {
    /** Which part of the network is shown. */
    public enum View { MY_NETWORK, MY_NETWORK_2, WHOLE, AROUND_SELECTED }

    /** What a node's size says. */
    public enum SizeBy { CONNECTIONS, BROKERAGE, SCORE }

    /** What a node's colour says. */
    public enum ColourBy { COMMUNITY, TAG }

    /** A broker, a community or a legend entry as the panel lists it. */
    public record Row(long id, String label, String detail, int colour) {
    }

    /** What the panel and the hover card say about a node: its name, its organisation when other, then facts. */
    public record Card(String name, String organisation, List<Words> facts) {
    }

    /** The map is fitted again, around this contact when not null. */
    public record Refit(Long around) {
    }

    private static final int MAX_LEGEND = MapPalette.GROUPS;
    private static final int GREY = MapPalette.GREY;

    private final NetworkService network;
    /** Which files an export may not write over: the open database, its working files, its backups. */
    private final OutputGuard outputs;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private Consumer<Words> onNotice = words -> { };

    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.MY_NETWORK);
    private final ObjectProperty<SizeBy> sizeBy = new SimpleObjectProperty<>(SizeBy.CONNECTIONS);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.COMMUNITY);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showPeople = new SimpleBooleanProperty(true);
    private final BooleanProperty showOrganisations = new SimpleBooleanProperty(true);
    private final BooleanProperty hideArchived = new SimpleBooleanProperty(true);
    private final BooleanProperty hideFlagged = new SimpleBooleanProperty(false);
    private final IntegerProperty minStrength = new SimpleIntegerProperty(1);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    /** Tie types shown; all of them when empty. */
    private final javafx.collections.ObservableSet<app.rapport.domain.TieType> tieTypes =
            javafx.collections.FXCollections.observableSet(EnumSet.allOf(app.rapport.domain.TieType.class));
    /** Only contacts with one of these tags; everyone when empty. */
    private final javafx.collections.ObservableSet<String> tags = javafx.collections.FXCollections.observableSet();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<MapDrawing> scene = new ReadOnlyObjectWrapper<>(MapDrawing.EMPTY);
    private final ReadOnlyDoubleWrapper layoutProgress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IntroductionPath> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> pathMissing = new ReadOnlyObjectWrapper<>(false);
    private final ObservableList<Row> brokers = FXCollections.observableArrayList();
    private final ObservableList<Row> communities = FXCollections.observableArrayList();
    private final ObservableList<Row> legend = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> isolated = new ReadOnlyObjectWrapper<>(0);

    private NetworkGraph full;
    private long loadedVersion = -1;
    private GraphMetrics metrics;
    private NetworkGraph shown;
    private Layout layout = Layout.EMPTY;
    private final Map<String, Integer> tagColours = new HashMap<>();
    /** The running layout's stop switch; each run gets its own, so stopping one never restarts another. */
    private AtomicBoolean layoutCancelled = new AtomicBoolean();
    private boolean saveRunning;
    private boolean saveAgain;
    private long generation;

    public NetworkViewModel(NetworkService network, TaskRunner runner, OutputGuard outputs, DialogService dialogs) {
        this.network = network;
        this.runner = runner;
        this.outputs = outputs;
        this.dialogs = dialogs;
        for (var p : List.of(view, showPeople, showOrganisations, hideArchived, hideFlagged, minStrength)) {
            p.addListener((obs, old, now) -> reshow());
        }
        selected.addListener((obs, old, now) -> {
            if (view.get() == View.AROUND_SELECTED) {
                reshow();
            } else {
                redraw();
            }
        });
        tieTypes.addListener((javafx.collections.SetChangeListener<app.rapport.domain.TieType>) c -> reshow());
        tags.addListener((javafx.collections.SetChangeListener<String>) c -> reshow());
        sizeBy.addListener((obs, old, now) -> redraw());
        colourBy.addListener((obs, old, now) -> {
            fillLegend();
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
        layoutCancelled.set(true);
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
            layout = loaded.saved();
            fillTagColours();
            fillPanels();
            reshow();
            settle(layout);
        }, this::failed);
    }

    /** Runs the force layout from {@code start} (known nodes stay put), animating as it goes. */
    private void settle(Layout start) {
        layoutCancelled.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        layoutCancelled = cancelled;
        NetworkGraph g = full;
        layoutProgress.set(0);
        runner.compute(() -> network.layout(g, start, (partial, done, total) -> runner.onUiThread(() -> {
            if (!cancelled.get()) {
                layout = partial;
                layoutProgress.set(total == 0 ? 1 : (double) done / total);
                redraw();
            }
        }), cancelled::get), finished -> {
            if (cancelled.get()) {
                return; // a newer layout or a reload took over
            }
            layout = finished;
            layoutProgress.set(1);
            redraw();
            save();
        }, this::failed);
    }

    /** The user dragged a node: it stays where it was put (and is saved there). */
    public void move(long id, double x, double y) {
        Map<Long, Point> positions = new HashMap<>(layout.positions());
        positions.put(id, new Point(x, y));
        layout = new Layout(positions);
        redraw();
        save();
    }

    /** Lets the layout place a node again among its neighbours. */
    public void release(long id) {
        if (full == null) {
            return;
        }
        Map<Long, Point> positions = new HashMap<>(layout.positions());
        positions.remove(id);
        settle(new Layout(positions));
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
            failed(failure);
        });
    }

    /** Shows the shortest introduction path from Me to a contact, or says there is none. */
    public void pathTo(long contactId) {
        if (full == null) {
            return;
        }
        NetworkGraph g = full;
        runner.run(() -> network.path(g, GraphNode.ME_ID, contactId), (Optional<IntroductionPath> found) -> {
            path.set(found.orElse(null));
            pathMissing.set(found.isEmpty());
        }, this::failed);
    }

    /** What the window says briefly once a file is written ("network.png saved."). */
    public void setOnNotice(Consumer<Words> onNotice) {
        this.onNotice = onNotice;
    }

    /**
     * Export › Picture: asks where to write, then writes the map as the window shows it.
     * {@code snapshot} takes the picture at once (on the FX thread) and returns how to convert it
     * (off it); it is not taken when the user cancels.
     */
    public void exportPicture(Supplier<Callable<BufferedImage>> snapshot) {
        dialogs.saveFile(Words.of("network.export.png"), "network.png",
                        FileType.of(Words.of("network.fileType.png"), "png"))
                .ifPresent(out -> exportPng(snapshot.get(), out, () -> saved(out)));
    }

    /** Export › GraphML: asks where to write what is shown, or the whole network, then writes it. */
    public void exportGraphMl(boolean whole) {
        if ((whole ? full : shown) == null) {
            return;
        }
        dialogs.saveFile(Words.of("network.export.graphml"), "network.graphml",
                        FileType.of(Words.of("network.fileType.graphml"), "graphml"))
                .ifPresent(out -> exportGraphMl(out, whole, () -> saved(out)));
    }

    private void saved(Path out) {
        onNotice.accept(Words.of("network.exported", out.getFileName().toString()));
    }

    /** GraphML for Gephi: of what is shown, or of the whole network. */
    public void exportGraphMl(Path out, boolean whole, Runnable onDone) {
        NetworkGraph g = whole ? full : shown;
        GraphMetrics m = metrics;
        if (g == null) {
            return;
        }
        runner.run(() -> {
            network.exportGraphMl(g, m, out, outputs);
            return null;
        }, done -> onDone.run(), this::failed);
    }

    /** The map as the window shows it, as PNG; {@code picture} is taken off the UI thread. */
    public void exportPng(Callable<BufferedImage> picture, Path out, Runnable onDone) {
        runner.run(() -> {
            outputs.check(out); // refused before the picture is encoded
            BufferedImage image = picture.call();
            OutputFile.write(out, outputs, stream -> NetworkPicture.png(image, stream));
            return null;
        }, done -> onDone.run(), this::failed);
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
        view.set(View.AROUND_SELECTED);
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
        boolean changed = layoutProgress.get() < 1 || before == null || before.nodes().size() != now.nodes().size();
        if (now.isEmpty() || !changed) {
            return Optional.empty();
        }
        return Optional.of(new Refit(view.get() == View.AROUND_SELECTED ? selected.get() : null));
    }

    /** What the panel and the hover card say about a node, or that nothing is selected. */
    public Card card(Long id) {
        if (id == null) {
            return new Card("", "", List.of(Words.of("network.selected.none")));
        }
        return node(id).map(n -> {
            if (n.isMe()) {
                return new Card("", "", List.of(Words.of("network.me")));
            }
            List<Words> facts = new ArrayList<>();
            String community = communityName(id);
            if (!community.isEmpty()) {
                facts.add(Words.of("network.card.community", community));
            }
            if (n.hasScore()) {
                facts.add(Words.of("network.card.score", n.score()));
            }
            facts.add(Words.of("network.card.brokerage", brokerage(id)));
            if (n.lastInteraction() != null) {
                facts.add(Words.of("network.card.last", n.lastInteraction()));
            }
            if (n.flagged()) {
                facts.add(Words.of("flag.badge"));
            }
            String organisation = n.organisation().equals(n.name()) ? "" : n.organisation();
            return new Card(n.name(), organisation, facts);
        }).orElse(new Card("", "", List.of()));
    }

    /** "Anna can introduce you to Dmitri through Boris" (Me first, the contact last); null for nothing to say. */
    public Words pathWords() {
        IntroductionPath p = path.get();
        if (p == null) {
            return Boolean.TRUE.equals(pathMissing.get()) ? Words.of("network.path.none") : null;
        }
        List<String> names = p.names();
        String target = names.get(names.size() - 1);
        if (names.size() <= 2) {
            return Words.of("network.path.direct", target);
        }
        String through = String.join(" \u2192 ", names.subList(2, names.size() - 1));
        return through.isEmpty() ? Words.of("network.path.one", names.get(1), target)
                : Words.of("network.path.through", names.get(1), target, through);
    }

    // ---- what is shown ----

    private void reshow() {
        if (full == null) {
            return;
        }
        long mine = ++generation;
        NetworkGraph g = full;
        GraphFilter filter = filter();
        View v = view.get();
        Long around = selected.get();
        runner.compute(() -> {
            NetworkGraph filtered = g.filter(filter);
            return switch (v) {
                case MY_NETWORK -> filtered.ego(GraphNode.ME_ID, 1);
                case MY_NETWORK_2 -> filtered.ego(GraphNode.ME_ID, 2);
                case WHOLE -> filtered;
                case AROUND_SELECTED -> around != null && filtered.contains(around) ? filtered.ego(around, 1) : filtered;
            };
        }, visible -> {
            if (mine == generation) {
                shown = visible;
                redraw();
            }
        }, this::failed);
    }

    GraphFilter filter() {
        Set<ContactKind> kinds = EnumSet.noneOf(ContactKind.class);
        if (showPeople.get()) {
            kinds.add(ContactKind.PERSON);
        }
        if (showOrganisations.get()) {
            kinds.add(ContactKind.ORGANISATION);
        }
        // no type ticked shows no ties but my own, as no kind ticked shows only Me
        return new GraphFilter(kinds, Set.copyOf(tags), Set.copyOf(tieTypes), minStrength.get(), hideArchived.get(),
                hideFlagged.get());
    }

    /** Turns the shown graph and the current layout into what the canvas draws. */
    private void redraw() {
        if (shown == null) {
            scene.set(MapDrawing.EMPTY);
            return;
        }
        String q = Text.fold(search.get().strip());
        NetworkGraph g = shown;
        scene.set(MapBuilder.of(g.nodes(), g.edges(), layout.positions())
                .sizedBy(this::measure)
                .colouredBy(this::colour)
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

    private int colour(GraphNode n) {
        if (colourBy.get() == ColourBy.COMMUNITY) {
            int c = metrics == null ? -1 : metrics.communityOf(n.id());
            return c < 0 ? GREY : communityColour(c);
        }
        for (String tag : n.tags()) {
            Integer c = tagColours.get(tag);
            if (c != null) {
                return c;
            }
        }
        return GREY;
    }

    private final Map<Integer, Integer> communityColours = new HashMap<>();

    private int communityColour(int community) {
        Integer c = communityColours.get(community);
        return c == null ? GREY : c;
    }

    private void fillTagColours() {
        Map<String, Integer> counts = new HashMap<>();
        for (GraphNode n : full.nodes()) {
            n.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        tagColours.clear();
        tagChoices.setAll(counts.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_LEGEND).map(Map.Entry::getKey).toList();
        tagColours.putAll(MapPalette.ranked(top));
    }

    private double topBetweenness;

    private void fillPanels() {
        topBetweenness = metrics.brokers(1).stream().mapToDouble(metrics::betweenness).findFirst().orElse(0);
        communityColours.clear();
        communityColours.putAll(metrics.communityColours());
        brokers.setAll(metrics.brokers(10).stream().map(id -> new Row(id, full.node(id).name(),
                Integer.toString(brokerage(id)), colour(full.node(id)))).toList());
        List<Row> rows = metrics.communities().stream()
                .sorted(Comparator.comparingInt((app.rapport.graph.Community k) -> k.members().size()).reversed())
                .limit(12).map(c -> new Row(c.id(), c.name(), Integer.toString(c.members().size()),
                        communityColour(c.id()))).toList();
        communities.setAll(rows);
        isolated.set(metrics.isolated().size());
        fillLegend();
    }

    private void fillLegend() {
        if (colourBy.get() == ColourBy.COMMUNITY) {
            legend.setAll(communities.stream().limit(MAX_LEGEND).toList());
        } else {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            tagColours.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            legend.setAll(ordered.entrySet().stream().map(e -> new Row(0, e.getKey(), "", e.getValue())).toList());
        }
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    /** What the hover card says about a node: its name, organisation, brokerage, community, last contact. */
    public Optional<GraphNode> node(long id) {
        return full == null || !full.contains(id) ? Optional.empty() : Optional.of(full.node(id));
    }

    /** Betweenness as 0–100 of the network's top broker: raw betweenness counts paths and means little. */
    public int brokerage(long id) {
        if (metrics == null) {
            return 0;
        }
        double top = topBetweenness;
        return top <= 0 ? 0 : (int) Math.round(100 * metrics.betweenness(id) / top);
    }

    public String communityName(long id) {
        if (metrics == null || metrics.communityOf(id) < 0) {
            return "";
        }
        return metrics.community(metrics.communityOf(id)).name();
    }

    // ---- properties ----

    public ObjectProperty<View> viewProperty() {
        return view;
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

    public BooleanProperty showPeopleProperty() {
        return showPeople;
    }

    public BooleanProperty showOrganisationsProperty() {
        return showOrganisations;
    }

    public BooleanProperty hideArchivedProperty() {
        return hideArchived;
    }

    public BooleanProperty hideFlaggedProperty() {
        return hideFlagged;
    }

    public IntegerProperty minStrengthProperty() {
        return minStrength;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public javafx.collections.ObservableSet<app.rapport.domain.TieType> tieTypes() {
        return tieTypes;
    }

    public javafx.collections.ObservableSet<String> tags() {
        return tags;
    }

    /** Every tag in the network, to filter by. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public ReadOnlyObjectProperty<MapDrawing> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty layoutProgressProperty() {
        return layoutProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntroductionPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> pathMissingProperty() {
        return pathMissing.getReadOnlyProperty();
    }

    public ObservableList<Row> brokers() {
        return brokers;
    }

    public ObservableList<Row> communities() {
        return communities;
    }

    public ObservableList<Row> legend() {
        return legend;
    }

    public ReadOnlyObjectProperty<Integer> isolatedProperty() {
        return isolated.getReadOnlyProperty();
    }

    /** Stops a running layout, for instance when the area is left. */
    public void stop() {
        layoutCancelled.set(true);
    }

}
