package app.rapport.persistence.network;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.Point;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkRepositoryTest {
    @TempDir
    Path dir;
    TestDatabase db;
    NetworkService network;
    long anna;
    long boris;
    long acme;
    long gone;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        network = new NetworkService(new JdbiNetworkRepository(db.database()));
        anna = save(person("Anna", "Müller").worksAt("Acme", "Buyer").tag("berlin").tag("client").build());
        boris = save(person("Boris", "Petrov").archived().build());
        acme = save(organisation("Acme").build());
        gone = save(person("Gone", "Away").build());
        tie(anna, boris, TieType.COLLEAGUE, 4);
        tie(anna, acme, TieType.WORKS_AT, 5);
        tie(gone, acme, TieType.CLIENT, 2);
        db.relationships().saveRelationship(Relationship.empty(anna).withStrength(5).withFlag(true, "owes me"));
        db.relationships().saveRelationship(Relationship.empty(gone).withStrength(2));
        db.service().moveToTrash(gone);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long save(Contact c) {
        return db.service().save(c).saved().id();
    }

    private void tie(long from, long to, TieType type, int strength) {
        assertThat(db.relationships().saveTie(Tie.of(from, to, type, strength)).saved()).isNotNull();
    }

    @Test
    void loadsContactsNotInTheTrashWithTheirTiesAndMyRelationships() {
        NetworkGraph g = network.load();
        assertThat(g.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder(0L, anna, boris, acme);
        GraphNode a = g.node(anna);
        assertThat(a.name()).isEqualTo("Anna Müller");
        assertThat(a.kind()).isEqualTo(ContactKind.PERSON);
        assertThat(a.organisation()).isEqualTo("Acme");
        assertThat(a.tags()).containsExactly("berlin", "client");
        assertThat(a.flagged()).isTrue();
        assertThat(g.node(boris).archived()).isTrue();
        assertThat(g.node(acme).kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(g.edges()).extracting(e -> e.from() + "-" + e.to() + " " + e.type() + " " + e.strength())
                .containsExactlyInAnyOrder(anna + "-" + boris + " COLLEAGUE 4", anna + "-" + acme + " WORKS_AT 5",
                        "0-" + anna + " null 5");
        assertThat(g.edges()).filteredOn(GraphEdge::isMine).extracting(GraphEdge::tieId).containsExactly(0L);
    }

    @Test
    void positionsAreKeptAcrossOpenings() {
        Layout layout = network.layout(network.load(), null, null, null);
        network.savePositions(layout);
        db.close();
        db = new TestDatabase(dir);
        NetworkService reopened = new NetworkService(new JdbiNetworkRepository(db.database()));
        Layout saved = reopened.savedPositions();
        assertThat(saved.positions().keySet()).isEqualTo(layout.positions().keySet());
        for (long id : layout.positions().keySet()) {
            assertThat(saved.point(id).distance(layout.point(id))).isLessThan(0.001);
        }
    }

    @Test
    void savingSomePositionsKeepsTheOthersAndDropsDeletedContacts() {
        network.savePositions(new Layout(Map.of(0L, new Point(1, 2), anna, new Point(3, 4), boris, new Point(5, 6))));
        db.execute("DELETE FROM contact WHERE id = " + boris);
        network.savePositions(new Layout(Map.of(anna, new Point(7, 8))));
        assertThat(network.savedPositions().positions())
                .isEqualTo(Map.of(0L, new Point(1, 2), anna, new Point(7, 8)));
    }

    @Test
    void beforeTheFirstSaveThereAreNoPositions() {
        assertThat(network.savedPositions().size()).isZero();
    }
}
