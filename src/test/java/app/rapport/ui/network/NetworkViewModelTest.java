package app.rapport.ui.network;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.Cadence;
import app.rapport.domain.Relationship;
import app.rapport.domain.Tie;
import app.rapport.domain.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.Words;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Network area's view-model as plain JUnit on a real file: views, filters, search, paths. */
class NetworkViewModelTest {
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
        vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.outputs(), dialogs);
        vm.exports().setOnNotice(notices::add);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Set<Long> drawn() {
        return vm.sceneProperty().get().nodes().stream().map(MapDrawing.Node::id).collect(Collectors.toSet());
    }

    @Test
    void myNetworkIsMeAndWhomIKnow() {
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna);
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna, boris, dmitri, acme);
    }

    @Test
    void tieTypeAndTagFiltersHideWhatTheyShould() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        int allEdges = vm.sceneProperty().get().edges().size();
        vm.filters().tieTypes().remove(TieType.FRIEND);
        assertThat(vm.sceneProperty().get().edges()).hasSize(allEdges - 1);
        vm.filters().tags().add("client");
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna);
    }

    @Test
    void searchHighlightsAndFindsTheFirstMatch() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.searchProperty().set("orlo");
        assertThat(vm.sceneProperty().get().nodes().stream().filter(MapDrawing.Node::highlighted).map(MapDrawing.Node::id))
                .containsExactly(dmitri);
        assertThat(vm.firstMatch()).contains(dmitri);
    }

    @Test
    void theIntroductionPathGoesThroughWhomIKnow() {
        vm.paths().pathTo(dmitri);
        assertThat(vm.paths().pathProperty().get().nodes()).containsExactly(0L, anna, boris, dmitri);
        vm.paths().pathTo(acme);
        assertThat(vm.paths().pathProperty().get().nodes()).containsExactly(0L, anna, acme);
    }

    @Test
    void theNetworkIsReadAgainOnlyWhenItChanged() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        long before = services.network().version();
        vm.load();
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna, boris, dmitri, acme);

        long eva = services.contactRepository().insert(person("Eva", "Lind").build());
        assertThat(services.network().version()).isGreaterThan(before);
        vm.load();
        assertThat(vm.errorKeyProperty().get()).isNull();
        assertThat(drawn()).contains(eva);
    }

    @Test
    void nodesCanBeSizedByTheirScore() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        services.relationships().saveRelationship(Relationship.empty(dmitri).withStrength(5));
        services.scores().recomputeAll(() -> false);
        vm.load();
        vm.sizeByProperty().set(NetworkViewModel.SizeBy.SCORE);
        java.util.Map<Long, Double> radius = vm.sceneProperty().get().nodes().stream()
                .collect(Collectors.toMap(MapDrawing.Node::id, MapDrawing.Node::radius));
        // Dmitri (strength 5, never contacted) outscores Boris (strength 3); both have two ties
        assertThat(services.network().load().node(dmitri).score())
                .isGreaterThan(services.network().load().node(boris).score());
        assertThat(radius.get(dmitri)).isGreaterThan(radius.get(boris));
        vm.sizeByProperty().set(NetworkViewModel.SizeBy.CONNECTIONS);
        double borisByTies = vm.sceneProperty().get().nodes().stream().filter(n -> n.id() == boris).findFirst()
                .orElseThrow().radius();
        assertThat(borisByTies).isEqualTo(vm.sceneProperty().get().nodes().stream()
                .filter(n -> n.id() == dmitri).findFirst().orElseThrow().radius());
    }

    @Test
    void aDraggedNodeStaysWhereItWasPut() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.layout().move(boris, 1234, -567);
        MapDrawing.Node moved = vm.sceneProperty().get().nodes().stream().filter(n -> n.id() == boris).findFirst()
                .orElseThrow();
        assertThat(moved.x()).isEqualTo(1234);
        assertThat(services.network().savedPositions().point(boris).y()).isEqualTo(-567);
    }

    @Test
    void thePictureIsWrittenWhereTheUserSaysAndTakenOnlyThen() throws Exception {
        AtomicBoolean taken = new AtomicBoolean();
        dialogs.choosing();
        vm.exports().exportPicture(() -> {
            taken.set(true);
            return () -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        });
        assertThat(dialogs.asked).containsExactly("save network.export.png network.png"); // cancelled: no answer
        assertThat(taken).isFalse();
        assertThat(notices).isEmpty();

        Path png = dir.resolve("map.png");
        dialogs.choosing(png);
        vm.exports().exportPicture(() -> {
            taken.set(true);
            return () -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        });
        assertThat(taken).isTrue();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(notices).containsExactly(Words.of("network.exported", "map.png"));
        assertThat(dialogs.done()).isTrue();
    }

    @Test
    void graphMlIsOfWhatIsShownOrOfTheWholeNetwork() throws Exception {
        Path shown = dir.resolve("shown.graphml");
        Path whole = dir.resolve("whole.graphml");
        dialogs.choosing(shown).choosing(whole).choosing();
        vm.exports().exportGraphMl(false);
        vm.exports().exportGraphMl(true);
        vm.exports().exportGraphMl(true); // cancelled
        assertThat(dialogs.asked).containsOnly("save network.export.graphml network.graphml").hasSize(3);
        assertThat(Files.readString(shown)).contains("Anna Schmidt").doesNotContain("Dmitri Orlov");
        assertThat(Files.readString(whole)).contains("Anna Schmidt", "Dmitri Orlov");
        assertThat(notices).containsExactly(Words.of("network.exported", "shown.graphml"),
                Words.of("network.exported", "whole.graphml"));
    }

    @Test
    void anExportOverTheDatabaseIsRefusedAndSaysNothingWasSaved() {
        dialogs.choosing(dir.resolve("rapport.db"));
        vm.exports().exportGraphMl(true);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.OPEN_DATABASE");
        assertThat(notices).isEmpty();
    }

    @Test
    void theCardSaysWhoItIsAndWhatIsKnown() {
        assertThat(vm.panel().card(null).facts()).containsExactly(Words.of("network.selected.none"));
        assertThat(vm.panel().card(0L).facts()).containsExactly(Words.of("network.me"));
        services.interactions().log(app.rapport.domain.Interaction.with(app.rapport.domain.InteractionType.CALL,
                LocalDate.of(2026, 3, 2).atTime(10, 0), app.rapport.domain.Direction.MUTUAL, "", anna));
        vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.outputs(), dialogs);
        vm.load();
        InsightPanel.Card card = vm.panel().card(anna);
        assertThat(card.name()).isEqualTo("Anna Schmidt");
        assertThat(card.facts()).extracting(Words::key).contains("network.card.brokerage", "network.card.last");
        assertThat(card.facts()).contains(Words.of("network.card.last", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void onlyAContactIsOpenedNeverMe() {
        assertThat(vm.contactToOpen()).isEmpty();
        vm.selectedProperty().set(0L);
        assertThat(vm.contactToOpen()).isEmpty();
        vm.selectedProperty().set(boris);
        assertThat(vm.contactToOpen()).contains(boris);
    }

    @Test
    void theIntroductionPathIsSaidFromMeToTheContact() {
        assertThat(vm.paths().pathWords()).isNull();
        vm.paths().pathTo(dmitri);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.through", "Anna Schmidt", "Dmitri Orlov",
                "Boris Ivanov"));
        vm.paths().pathTo(boris);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.one", "Anna Schmidt", "Boris Ivanov"));
        vm.paths().pathTo(anna);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.direct", "Anna Schmidt"));
    }

    @Test
    void enterGoesToTheFirstMatchAndADoubleClickShowsTheNetworkAroundAContact() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.searchProperty().set("orlo");
        assertThat(vm.goToFirstMatch()).contains(dmitri);
        assertThat(vm.selectedProperty().get()).isEqualTo(dmitri);
        vm.showAround(boris);
        assertThat(vm.filters().viewProperty().get()).isEqualTo(NetworkViewModel.View.AROUND_SELECTED);
        assertThat(vm.selectedProperty().get()).isEqualTo(boris);
    }

    @Test
    void theMapIsFittedAgainWhenWhatIsShownChangesNotForASelection() {
        MapDrawing before = vm.sceneProperty().get();
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        MapDrawing whole = vm.sceneProperty().get();
        assertThat(vm.refitAfter(before, whole)).contains(new NetworkViewModel.Refit(null));
        vm.selectedProperty().set(boris);
        assertThat(vm.refitAfter(whole, vm.sceneProperty().get())).isEmpty();
        vm.showAround(dmitri);
        assertThat(vm.refitAfter(whole, vm.sceneProperty().get())).contains(new NetworkViewModel.Refit(dmitri));
        assertThat(vm.refitAfter(whole, MapDrawing.EMPTY)).isEmpty();
    }
}
