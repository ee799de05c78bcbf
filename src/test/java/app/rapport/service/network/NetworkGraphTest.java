package app.rapport.service.network;

import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphFilter;
import app.rapport.domain.network.GraphNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {
    /** Me knows Anna; Anna and Boris are colleagues; Boris is a friend of Dmitri; Boris works at Acme. */
    private static NetworkGraph small() {
        return new Networks()
                .person(1, "Anna", "berlin")
                .person(2, "Boris", "berlin", "client")
                .person(3, "Dmitri")
                .add(new GraphNode(4, "Acme", ContactKind.ORGANISATION, "", List.of("client"), false, false, null))
                .add(new GraphNode(5, "Erik", ContactKind.PERSON, "Acme", List.of(), true, false, LocalDate.of(2026, 1, 2)))
                .add(new GraphNode(6, "Fiona", ContactKind.PERSON, "", List.of(), false, true, null))
                .mine(1, 5).mine(6, 2)
                .tie(1, 2, TieType.COLLEAGUE, 4)
                .tie(2, 3, TieType.FRIEND, 2)
                .tie(2, 4, TieType.WORKS_AT, 3)
                .tie(2, 4, TieType.CLIENT, 1)
                .tie(5, 4, TieType.WORKS_AT, 5)
                .graph();
    }

    private static Set<Long> ids(NetworkGraph g) {
        return g.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
    }

    @Test
    void holdsMeContactsAndBothKindsOfEdges() {
        NetworkGraph g = small();
        assertThat(ids(g)).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(g.node(0).isMe()).isTrue();
        assertThat(g.edges()).hasSize(7);
        assertThat(g.neighbours(2)).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(g.degree(2)).as("two ties to Acme count once").isEqualTo(3);
        assertThat(g.neighbours(0)).containsExactlyInAnyOrder(1L, 6L);
        assertThat(g.node(5).lastInteraction()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThatThrownBy(() -> g.node(99)).hasMessageContaining("99");
    }

    @Test
    void tiesToContactsOutsideTheSnapshotAreLeftOut() {
        NetworkGraph g = new Networks().person(1, "Anna").tie(1, 2).mine(3, 4).graph();
        assertThat(g.edges()).isEmpty();
    }

    @Test
    void filterAllKeepsEverything() {
        NetworkGraph g = small().filter(GraphFilter.ALL);
        assertThat(g.nodeCount()).isEqualTo(7);
        assertThat(g.edgeCount()).isEqualTo(7);
    }

    @Test
    void filterByKindTagStrengthArchivedAndFlagged() {
        NetworkGraph g = small();
        GraphFilter people = new GraphFilter(EnumSet.of(ContactKind.PERSON), Set.of(), ALL_TYPES, 1, true, true);
        assertThat(ids(g.filter(people))).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);

        GraphFilter clients = new GraphFilter(ALL_KINDS, Set.of("client"), ALL_TYPES, 1, false, false);
        NetworkGraph tagged = g.filter(clients);
        assertThat(ids(tagged)).containsExactlyInAnyOrder(0L, 2L, 4L);
        assertThat(tagged.edgeCount()).isEqualTo(2);

        GraphFilter strong = new GraphFilter(ALL_KINDS, Set.of(), ALL_TYPES, 3, false, false);
        assertThat(g.filter(strong).edges()).extracting(GraphEdge::strength).allMatch(s -> s >= 3).hasSize(4);
    }

    @Test
    void filterByTieTypeLeavesMyOwnEdges() {
        GraphFilter friends = new GraphFilter(ALL_KINDS, Set.of(), Set.of(TieType.FRIEND), 1, false, false);
        NetworkGraph g = small().filter(friends);
        assertThat(g.nodeCount()).isEqualTo(7);
        assertThat(g.edges()).extracting(GraphEdge::type).containsExactlyInAnyOrder(TieType.FRIEND, null, null);
    }

    @Test
    void noTieTypeTickedShowsOnlyMyOwnTiesAndNoKindTickedOnlyMe() {
        NetworkGraph noTypes = small().filter(new GraphFilter(ALL_KINDS, Set.of(), Set.of(), 1, false, false));
        assertThat(noTypes.nodeCount()).isEqualTo(7);
        assertThat(noTypes.edges()).extracting(GraphEdge::type).containsOnlyNulls(); // my own ties have no type
        NetworkGraph noKinds = small().filter(new GraphFilter(Set.of(), Set.of(), ALL_TYPES, 1, false, false));
        assertThat(ids(noKinds)).containsExactly(0L);
    }

    private static final Set<ContactKind> ALL_KINDS = EnumSet.allOf(ContactKind.class);
    private static final Set<TieType> ALL_TYPES = EnumSet.allOf(TieType.class);

    @Test
    void egoOfMeReachesFriendsOfFriends() {
        NetworkGraph g = small();
        assertThat(ids(g.ego(0, 1))).containsExactlyInAnyOrder(0L, 1L, 6L);
        assertThat(ids(g.ego(0, 2))).containsExactlyInAnyOrder(0L, 1L, 2L, 6L);
    }

    @Test
    void egoOfAContactDoesNotWalkThroughMe() {
        NetworkGraph g = small();
        assertThat(ids(g.ego(1, 1))).containsExactlyInAnyOrder(0L, 1L, 2L);
        assertThat(ids(g.ego(1, 2))).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
        assertThat(g.ego(1, 2).edgeCount()).isEqualTo(5);
        assertThatThrownBy(() -> g.ego(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
