package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRelationsTest {
    static final Instant REFERENCE = DemoNetwork.REFERENCE;
    static final LocalDate REFERENCE_DAY = LocalDate.ofInstant(REFERENCE, ZoneOffset.UTC);
    static List<Contact> contacts;
    static NetworkBatch network;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        contacts = DemoNetwork.generate(3000, 120, 42);
        network = DemoNetwork.relations(3000, 120, 42, REFERENCE);
    }

    private static Contact contact(long id) {
        return contacts.get((int) id - 1);
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        assertThat(DemoNetwork.relations(3000, 120, 42, REFERENCE)).isEqualTo(network);
        assertThat(DemoNetwork.relations(3000, 120, 43, REFERENCE).ties()).isNotEqualTo(network.ties());
    }

    @Test
    void tiesHaveCommunityStructure() {
        Map<TieType, Long> byType = network.ties().stream().collect(Collectors.groupingBy(Tie::type, Collectors.counting()));
        assertThat(byType).containsKeys(TieType.WORKS_AT, TieType.COLLEAGUE, TieType.CLIENT, TieType.SUPPLIER,
                TieType.PARTNER, TieType.FRIEND, TieType.MEMBER_OF, TieType.SISTER_BRAND, TieType.ENDORSER);
        assertThat(network.ties()).allSatisfy(t -> {
            assertThat(t.fromId()).isNotEqualTo(t.toId());
            assertThat(t.toId()).isLessThan(t.fromId()); // ties only reach back, so chunks can be written in order
            assertThat(t.strength()).isBetween(1, 5);
            if (t.since() != null) {
                assertThat(t.since()).isBeforeOrEqualTo(REFERENCE_DAY);
            }
        });
        // a person works at an organisation, an organisation's sister brand is an organisation
        assertThat(network.ties()).filteredOn(t -> t.type() == TieType.WORKS_AT).allSatisfy(t -> {
            assertThat(contact(t.fromId()).kind()).isEqualTo(ContactKind.PERSON);
            assertThat(contact(t.toId()).kind()).isEqualTo(ContactKind.ORGANISATION);
            assertThat(contact(t.fromId()).organisation()).isEqualTo(contact(t.toId()).organisation());
        });
        assertThat(network.ties()).filteredOn(t -> t.type() == TieType.SISTER_BRAND || t.type() == TieType.ENDORSER)
                .allSatisfy(t -> assertThat(contact(t.fromId()).kind()).isEqualTo(ContactKind.ORGANISATION));
    }

    @Test
    void aShareOfContactsHaveCadencesAndAFewAreFlagged() {
        long withCadence = network.relationships().stream().filter(r -> r.cadence() != null).count();
        assertThat(withCadence).isBetween(600L, 1500L);
        assertThat(network.relationships()).filteredOn(Relationship::flagged).isNotEmpty()
                .hasSizeLessThan(30).allSatisfy(r -> assertThat(r.flagReason()).isNotBlank());
        assertThat(network.tagCadences()).containsKeys(Tags.CLIENT, Tags.FRIEND);
    }

    @Test
    void interactionsSpanThreeYearsBothWays() {
        List<Interaction> all = network.interactions();
        assertThat(all.size()).isBetween(20_000, 45_000);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.occurredAt().toLocalDate()).isBetween(REFERENCE_DAY.minusDays(3 * 365), REFERENCE_DAY);
            assertThat(i.contacts(ParticipantRole.WITH)).isNotEmpty();
        });
        Set<String> kinds = new HashSet<>();
        all.forEach(i -> kinds.add(i.type() + " " + i.direction()));
        assertThat(kinds).contains("REFERRAL RECEIVED", "REFERRAL GIVEN", "FAVOUR RECEIVED", "FAVOUR GIVEN",
                "CARD GIVEN", "BUSINESS GIVEN", "INTRODUCTION GIVEN", "INTRODUCTION RECEIVED");
        assertThat(all).filteredOn(i -> i.type() == InteractionType.REFERRAL && i.direction() == Direction.RECEIVED)
                .anySatisfy(i -> assertThat(i.contacts(ParticipantRole.REFERRED)).hasSize(1));
    }

    @Test
    void fillWritesTheTiesAndInteractionsOfEveryChunk() {
        NetworkBatch expected = DemoNetwork.relations(4500, 40, 7, REFERENCE);
        try (Services services = Services.open(dir.resolve("demo.db"))) {
            DemoNetwork.fill(services.contactRepository(), 4500, 40, 7, REFERENCE, (d, t) -> { }, () -> false);
            assertThat(services.interactions().count()).isEqualTo(expected.interactions().size());
            assertThat(services.relationships().countTies()).isPositive()
                    .isLessThanOrEqualTo(expected.ties().size());
            assertThat(services.relationships().tagCadences()).containsKeys(Tags.CLIENT, Tags.FRIEND);
            Relationship some = expected.relationships().get(expected.relationships().size() / 2);
            assertThat(services.relationships().relationship(some.contactId())).contains(some);
            // the derived columns were rebuilt: someone is overdue on the reference day
            assertThat(services.keepInTouch().counts(REFERENCE_DAY).overdue()).isPositive();
            assertThat(services.keepInTouch().due(REFERENCE_DAY, 7, 10)).hasSize(10);
        }
    }
}
