package app.rapport.ui.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphFilter;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.ties.TieType;
import app.rapport.service.network.NetworkGraph;
import app.rapport.ui.network.NetworkViewModel.View;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Which part of the network the map shows: the view (my network, two steps out, the whole, around a
 * contact) and the Filters menu (kinds, archived, flagged, the ties' strength and types, the tags).
 */
public final class MapFilters {
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.MY_NETWORK);
    private final BooleanProperty showPeople = new SimpleBooleanProperty(true);
    private final BooleanProperty showOrganisations = new SimpleBooleanProperty(true);
    private final BooleanProperty hideArchived = new SimpleBooleanProperty(true);
    private final BooleanProperty hideFlagged = new SimpleBooleanProperty(false);
    private final IntegerProperty minStrength = new SimpleIntegerProperty(1);
    /** Tie types shown; all of them when empty. */
    private final ObservableSet<TieType> tieTypes = FXCollections.observableSet(EnumSet.allOf(TieType.class));
    /** Only contacts with one of these tags; everyone when empty. */
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();

    /** {@code onChange} runs whenever what is shown changes. */
    MapFilters(Runnable onChange) {
        for (var p : List.of(view, showPeople, showOrganisations, hideArchived, hideFlagged, minStrength)) {
            p.addListener((obs, old, now) -> onChange.run());
        }
        tieTypes.addListener((SetChangeListener<TieType>) c -> onChange.run());
        tags.addListener((SetChangeListener<String>) c -> onChange.run());
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

    /** What is shown of the whole network, filtered, for a view; {@code around} the selected contact, or null. */
    static NetworkGraph shown(NetworkGraph whole, GraphFilter filter, View view, Long around) {
        NetworkGraph filtered = whole.filter(filter);
        return switch (view) {
            case MY_NETWORK -> filtered.ego(GraphNode.ME_ID, 1);
            case MY_NETWORK_2 -> filtered.ego(GraphNode.ME_ID, 2);
            case WHOLE -> filtered;
            case AROUND_SELECTED -> around != null && filtered.contains(around) ? filtered.ego(around, 1) : filtered;
        };
    }

    public ObjectProperty<View> viewProperty() {
        return view;
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

    public ObservableSet<TieType> tieTypes() {
        return tieTypes;
    }

    public ObservableSet<String> tags() {
        return tags;
    }

    /** Every tag in the network, to filter by. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }
}
