package app.rapport.ui.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.Community;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.MapPalette;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.network.NetworkViewModel.ColourBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The map's colours and the insight panel beside it: each community's and tag's colour (from the one
 * palette), the legend, the top brokers (people and organisations apart), the communities, who stands alone, and the card about a contact.
 */
public final class InsightPanel {
    /** A broker, a community or a legend entry as the panel lists it. */
    public record Row(long id, String label, String detail, int colour) {
    }

    /** What the panel and the hover card say about a node: its name, its organisation when other, then facts. */
    public record Card(String name, String organisation, List<Words> facts) {
    }

    private static final int GREY = MapPalette.GREY;
    private static final int MAX_LEGEND = MapPalette.GROUPS;

    private final ObservableList<Row> brokers = FXCollections.observableArrayList();
    private final ObservableList<Row> organisationBrokers = FXCollections.observableArrayList();
    private final ObservableList<Row> communities = FXCollections.observableArrayList();
    private final ObservableList<Row> legend = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> isolated = new ReadOnlyObjectWrapper<>(0);
    private final Map<String, Integer> tagColours = new HashMap<>();
    private final Map<Integer, Integer> communityColours = new HashMap<>();
    private final List<String> tagNames = new ArrayList<>();
    private NetworkGraph whole;
    private GraphMetrics metrics;
    private final Map<ContactKind, Double> topBetweenness = new EnumMap<>(ContactKind.class);
    private ColourBy colourBy = ColourBy.COMMUNITY;

    /** The network as read again, and its metrics: the colours, lists and legend follow. */
    void update(NetworkGraph network, GraphMetrics measured) {
        whole = network;
        metrics = measured;
        fillTagColours();
        for (ContactKind kind : ContactKind.values()) {
            topBetweenness.put(kind, metrics.brokers(kind, 1).stream().mapToDouble(metrics::betweenness).findFirst().orElse(0));
        }
        communityColours.clear();
        communityColours.putAll(metrics.communityColours());
        brokers.setAll(brokerRows(ContactKind.PERSON));
        organisationBrokers.setAll(brokerRows(ContactKind.ORGANISATION));
        communities.setAll(metrics.communities().stream()
                .sorted(Comparator.comparingInt((Community k) -> k.members().size()).reversed())
                .limit(12).map(c -> new Row(c.id(), c.name(), Integer.toString(c.members().size()),
                        communityColours.getOrDefault(c.id(), GREY))).toList());
        isolated.set(metrics.isolated().size());
        fillLegend();
    }

    private List<Row> brokerRows(ContactKind kind) {
        return metrics.brokers(kind, 10).stream().map(id -> new Row(id, whole.node(id).name(),
                Integer.toString(brokerage(id)), colour(whole.node(id)))).toList();
    }

    /** What a node's colour says: the map's colours and the legend follow. */
    void colourBy(ColourBy what) {
        colourBy = what;
        fillLegend();
    }

    /** Every tag in the network, by name. */
    List<String> tagNames() {
        return List.copyOf(tagNames);
    }

    /** A node's colour on the map: its community's or its first coloured tag's; grey for none. */
    int colour(GraphNode n) {
        if (colourBy == ColourBy.COMMUNITY) {
            int c = metrics == null ? -1 : metrics.communityOf(n.id());
            return c < 0 ? GREY : communityColours.getOrDefault(c, GREY);
        }
        for (String tag : n.tags()) {
            Integer c = tagColours.get(tag);
            if (c != null) {
                return c;
            }
        }
        return GREY;
    }

    private void fillTagColours() {
        Map<String, Integer> counts = new HashMap<>();
        for (GraphNode n : whole.nodes()) {
            n.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        tagNames.clear();
        tagNames.addAll(counts.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        tagColours.clear();
        tagColours.putAll(MapPalette.ranked(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_LEGEND).map(Map.Entry::getKey).toList()));
    }

    private void fillLegend() {
        if (colourBy == ColourBy.COMMUNITY) {
            legend.setAll(communities.stream().limit(MAX_LEGEND).toList());
        } else {
            legend.setAll(tagColours.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(e -> new Row(0, e.getKey(), "", e.getValue())).toList());
        }
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
            bridges(id).ifPresent(facts::add);
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

    /** A node of the whole network, when read and on it. */
    public Optional<GraphNode> node(long id) {
        return whole == null || !whole.contains(id) ? Optional.empty() : Optional.of(whole.node(id));
    }

    /** "Bridges Isar Software and berlin": the communities a broker's ties reach most, when two or more. */
    public Optional<Words> bridges(long id) {
        if (metrics == null || metrics.betweenness(id) <= 0) {
            return Optional.empty();
        }
        List<String> names = metrics.bridged(id).stream().map(Community::name).toList();
        return switch (names.size()) {
            case 2 -> Optional.of(Words.of("network.card.bridges2", names.get(0), names.get(1)));
            case 3 -> Optional.of(Words.of("network.card.bridges3", names.get(0), names.get(1), names.get(2)));
            default -> Optional.empty();
        };
    }

    /**
     * Betweenness as 0–100 of the top broker of the same kind (people apart from organisations, as the
     * two lists): raw betweenness counts paths and means little.
     */
    public int brokerage(long id) {
        if (metrics == null || whole == null || !whole.contains(id) || whole.node(id).kind() == null) {
            return 0;
        }
        double top = topBetweenness.getOrDefault(whole.node(id).kind(), 0.0);
        return top <= 0 ? 0 : (int) Math.round(100 * metrics.betweenness(id) / top);
    }

    public String communityName(long id) {
        if (metrics == null || metrics.communityOf(id) < 0) {
            return "";
        }
        return metrics.community(metrics.communityOf(id)).name();
    }

    /** The people who bridge groups, top first. */
    public ObservableList<Row> brokers() {
        return brokers;
    }

    /** The organisations that bridge groups, top first. */
    public ObservableList<Row> organisationBrokers() {
        return organisationBrokers;
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
}
