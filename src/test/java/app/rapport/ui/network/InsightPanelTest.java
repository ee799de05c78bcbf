package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import static app.rapport.testing.ContactBuilder.organisation;

import app.rapport.domain.network.MapPalette;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.service.network.GraphMetrics;
import java.util.List;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.ui.common.DialogService.Words;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The insight panel: the card about a contact, the legend's colours. */
class InsightPanelTest extends SmallNetworkTest {
    @Test
    void theCardSaysWhoItIsAndWhatIsKnown() {
        assertThat(vm.panel().card(null).facts()).containsExactly(Words.of("network.selected.none"));
        assertThat(vm.panel().card(0L).facts()).containsExactly(Words.of("network.me"));
        services.interactions().log(app.rapport.domain.interactions.Interaction.with(app.rapport.domain.interactions.InteractionType.CALL,
                LocalDate.of(2026, 3, 2).atTime(10, 0), app.rapport.domain.interactions.Direction.MUTUAL, "", anna));
        vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.documents(), dialogs);
        vm.load();
        InsightPanel.Card card = vm.panel().card(anna);
        assertThat(card.name()).isEqualTo("Anna Schmidt");
        assertThat(card.facts()).extracting(Words::key).contains("network.card.brokerage", "network.card.last");
        assertThat(card.facts()).contains(Words.of("network.card.last", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void colouredByTagTheLegendAndTheMapShareThePalettesColours() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        assertThat(vm.panel().legend()).extracting(InsightPanel.Row::colour)
                .containsExactlyElementsOf(vm.panel().communities().stream().map(InsightPanel.Row::colour).limit(11).toList());
        vm.colourByProperty().set(NetworkViewModel.ColourBy.TAG);
        assertThat(vm.panel().legend()).containsExactly(new InsightPanel.Row(0, "client", "", 0));
        assertThat(vm.sceneProperty().get().nodes()).allSatisfy(n -> assertThat(n.colour())
                .isEqualTo(n.id() == 0 ? MapPalette.MINE : n.id() == anna ? 0 : MapPalette.GREY));
    }

    @Test
    void theBrokersHaveTheirCommunitysColourFromTheFirstLoad() {
        assertThat(vm.panel().brokers()).isNotEmpty().allSatisfy(row -> assertThat(row.colour())
                .isEqualTo(services.network().metrics(services.network().load()).communityColours()
                        .get(services.network().metrics(services.network().load()).communityOf(row.id()))));
    }

    @Test
    void peopleAndOrganisationsAreListedApartAndWorkingSomewhereBridgesNothing() {
        // Anna works at Acme: with that tie counted she would stand between Acme and Boris's circle
        assertThat(vm.panel().brokers()).extracting(InsightPanel.Row::id).containsExactly(boris);
        assertThat(vm.panel().organisationBrokers()).isEmpty();

        long nord = services.contactRepository().insert(organisation("Nord AG").build());
        services.relationships().saveTie(new Tie(0, acme, nord, TieType.PARTNER, 4, null, ""));
        services.relationships().saveTie(new Tie(0, dmitri, acme, TieType.CLIENT, 3, null, ""));
        vm.load();
        assertThat(vm.panel().organisationBrokers()).extracting(InsightPanel.Row::id).containsExactly(acme);
        assertThat(vm.panel().organisationBrokers()).extracting(InsightPanel.Row::detail).containsExactly("100");
        assertThat(vm.panel().brokers()).extracting(InsightPanel.Row::id).containsExactly(dmitri, boris);
        assertThat(vm.panel().brokers()).extracting(InsightPanel.Row::detail).first().isEqualTo("100");

        // the card says which groups a broker bridges, as the metrics name them, when two or more
        GraphMetrics m = services.network().metrics(services.network().load());
        for (long id : new long[] {boris, dmitri, acme}) {
            List<Object> names = m.bridged(id).stream().map(c -> (Object) c.name()).toList();
            List<Words> facts = vm.panel().card(id).facts();
            if (names.size() == 2) {
                assertThat(facts).contains(Words.of("network.card.bridges2", names.toArray()));
            } else {
                assertThat(facts).extracting(Words::key).doesNotContain("network.card.bridges2");
            }
        }
        assertThat(vm.panel().card(anna).facts()).extracting(Words::key)
                .doesNotContain("network.card.bridges2", "network.card.bridges3");
    }
}
