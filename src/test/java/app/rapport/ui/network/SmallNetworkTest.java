package app.rapport.ui.network;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;

import app.rapport.app.Services;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A small network on a real file for the Network area's view-models: Anna, Boris, Dmitri and Acme, and Me. */
abstract class SmallNetworkTest {
    @TempDir
    Path dir;
    Services services;
    NetworkViewModel vm;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    List<Words> notices = new ArrayList<>();
    long anna;
    long boris;
    long dmitri;
    long acme;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("rapport.db"));
        anna = services.contactRepository().insert(person("Anna", "Schmidt").tag("client").build());
        boris = services.contactRepository().insert(person("Boris", "Ivanov").build());
        dmitri = services.contactRepository().insert(person("Dmitri", "Orlov").build());
        acme = services.contactRepository().insert(organisation("Acme GmbH").build());
        services.relationships().saveTie(new Tie(0, anna, acme, TieType.WORKS_AT, 4, null, ""));
        services.relationships().saveTie(new Tie(0, anna, boris, TieType.FRIEND, 5, null, ""));
        services.relationships().saveTie(new Tie(0, boris, dmitri, TieType.COLLEAGUE, 4, null, ""));
        services.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.months(1)));
        vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.documents(), dialogs);
        vm.exports().setOnNotice(notices::add);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    Set<Long> drawn() {
        return vm.sceneProperty().get().nodes().stream().map(MapDrawing.Node::id).collect(Collectors.toSet());
    }
}
