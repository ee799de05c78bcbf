package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoNetworkTest {
    private static final ContactRules RULES = new ContactRules("US");
    private static List<Contact> network;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateOnce() {
        network = DemoNetwork.generate(3000, 120, 42);
    }

    private static List<Contact> people() {
        return network.stream().filter(Contact::isPerson).toList();
    }

    private static List<Contact> organisations() {
        return network.stream().filter(c -> !c.isPerson()).toList();
    }

    private static boolean anyName(Pattern pattern) {
        return people().stream().anyMatch(c -> pattern.matcher(c.displayName()).find());
    }

    @Test
    void sameSeedGivesTheSameNetwork() {
        assertThat(DemoNetwork.generate(3000, 120, 42)).isEqualTo(network);
    }

    @Test
    void otherSeedsGiveOtherNetworks() {
        List<Contact> other = DemoNetwork.generate(3000, 120, 43);
        assertThat(other).hasSameSizeAs(network).isNotEqualTo(network);
        long samePeople = 0;
        for (int i = 120; i < network.size(); i++) {
            if (network.get(i).equals(other.get(i))) {
                samePeople++;
            }
        }
        assertThat(samePeople).isZero();
    }

    @Test
    void makesTheNumbersAskedFor() {
        assertThat(people()).hasSize(3000);
        assertThat(organisations()).hasSize(120);
        assertThat(network.subList(0, 120)).allMatch(c -> c.kind() == ContactKind.ORGANISATION);
        assertThat(DemoNetwork.generate(0, 0, 1)).isEmpty();
        assertThat(DemoNetwork.generate(25, 0, 1)).hasSize(25).allMatch(c -> c.organisation().isEmpty());
        assertThat(DemoNetwork.generate(0, 7, 1)).hasSize(7).noneMatch(Contact::isPerson);
    }

    @Test
    void namesComeFromSeveralCulturesAndScripts() {
        assertThat(anyName(Pattern.compile("[äöüÄÖÜß]"))).as("German umlauts or ß").isTrue();
        assertThat(anyName(Pattern.compile("\\p{IsCyrillic}"))).as("Russian in Cyrillic").isTrue();
        assertThat(anyName(Pattern.compile("\\p{IsThai}"))).as("Thai script").isTrue();
        assertThat(anyName(Pattern.compile("[éèçñáíóúō]"))).as("French, Spanish or Japanese marks").isTrue();
        assertThat(anyName(Pattern.compile("[ıİşğ]"))).as("Turkish letters").isTrue();
        assertThat(organisations()).extracting(Contact::displayName)
                .anyMatch(n -> n.endsWith("GmbH"))
                .anyMatch(n -> n.startsWith("บริษัท ") && n.contains(" จำกัด"))
                .anyMatch(n -> n.matches(".*\\p{IsCyrillic}.*"));
    }

    @Test
    void russianWomenCarryTheFeminineFamilyName() {
        assertThat(RussianCulture.feminine("Иванов")).isEqualTo("Иванова");
        assertThat(RussianCulture.feminine("Ёлкин")).isEqualTo("Ёлкина");
        assertThat(RussianCulture.feminine("Соловьёв")).isEqualTo("Соловьёва");
        assertThat(RussianCulture.feminine("Троицкий")).isEqualTo("Троицкая");
        assertThat(RussianCulture.feminine("Толстой")).isEqualTo("Толстая");
        assertThat(RussianCulture.feminine("Шевченко")).isEqualTo("Шевченко");
        assertThat(RussianCulture.feminine("Черных")).isEqualTo("Черных");
        List<String> russianFamilies = people().stream().map(c -> c.name().family())
                .filter(f -> f.matches("\\p{IsCyrillic}+")).toList();
        assertThat(russianFamilies).anyMatch(f -> f.endsWith("ов")).anyMatch(f -> f.endsWith("ова"));
    }

    @Test
    void everyContactPassesTheRulesTheAppSavesWith() {
        for (Contact c : network) {
            assertThat(RULES.check(c)).as(c.displayName()).isEmpty();
            for (Email e : c.emails()) {
                assertThat(ContactRules.emailProblem(e.address())).as(e.address()).isNull();
            }
            for (Phone p : c.phones()) {
                assertThat(RULES.phoneProblem(p.number())).as(p.number()).isNull();
            }
        }
    }

    @Test
    void mailAndWebAddressesAreAsciiUniqueAndReservedForExamples() {
        Pattern email = Pattern.compile("[a-z0-9][a-z0-9.-]*@[a-z0-9.-]+\\.(example|test)");
        Pattern website = Pattern.compile("https://[a-z0-9.-]+\\.(example|test)");
        Set<String> seen = new HashSet<>();
        for (Contact c : network) {
            for (Email e : c.emails()) {
                assertThat(e.address()).matches(email);
                assertThat(seen.add(e.address())).as("unique " + e.address()).isTrue();
            }
            assertThat(c.websites()).extracting(Website::url).allMatch(u -> website.matcher(u).matches());
        }
        assertThat(people()).allMatch(c -> !c.emails().isEmpty() && c.emails().size() <= 2);
        assertThat(seen).anyMatch(a -> a.matches("[a-z]\\.[a-z]+@.*")).as("initial.family, like s.elkin@");
    }

    @Test
    void contactsWithAddressesHaveExactlyOneMailingAddress() {
        for (Contact c : network) {
            if (!c.addresses().isEmpty()) {
                assertThat(c.addresses().stream().filter(PostalAddress::mailing).count()).as(c.displayName()).isEqualTo(1);
            }
            assertThat(c.addresses()).allMatch(a -> a.countryCode().matches("[A-Z]{2}") && !a.street().isEmpty()
                    && !a.postalCode().isEmpty() && !a.locality().isEmpty());
        }
        assertThat(people().stream().filter(c -> !c.addresses().isEmpty()).count()).isGreaterThan(3000 * 6 / 10);
    }

    @Test
    void peopleWorkAtTheNetworksOrganisations() {
        Set<String> names = new HashSet<>();
        organisations().forEach(o -> assertThat(names.add(o.organisation())).as("unique " + o.organisation()).isTrue());
        assertThat(people()).allMatch(p -> names.contains(p.organisation()) && !p.title().isEmpty());
        assertThat(organisations()).extracting(Contact::orgKind).contains(
                OrgKind.COMPANY, OrgKind.BRAND, OrgKind.GROUP);
    }

    @Test
    void aboutThreePercentAreArchived() {
        long archived = people().stream().filter(Contact::archived).count();
        assertThat(archived).isBetween(30L, 180L);
    }

    @Test
    void datesSpreadOverTheThreeYearsBeforeTheReference() {
        Instant reference = Instant.parse("2030-06-01T00:00:00Z");
        List<Contact> contacts = DemoNetwork.generate(500, 20, 42, reference);
        Instant earliest = reference.minus(Duration.ofDays(3 * 365));
        for (Contact c : contacts) {
            assertThat(c.createdAt()).isBetween(earliest, reference);
            assertThat(c.updatedAt()).isBetween(c.createdAt(), reference);
        }
        assertThat(contacts).anyMatch(c -> c.createdAt().isBefore(reference.minus(Duration.ofDays(2 * 365))));
        assertThat(contacts).anyMatch(c -> c.createdAt().isAfter(reference.minus(Duration.ofDays(180))));
    }

    @Test
    void birthdaysNotesAndWebsitesAppearSometimes() {
        long birthdays = people().stream().filter(c -> c.birthday() != null).count();
        long withoutYear = people().stream().filter(c -> c.birthday() != null && c.birthday().year() == null).count();
        assertThat(birthdays).isBetween(1500L, 2400L);
        assertThat(withoutYear).isBetween(birthdays / 5, birthdays / 2);
        assertThat(people().stream().filter(c -> !c.notes().isEmpty()).count()).isBetween(150L, 700L);
        assertThat(people().stream().filter(c -> !c.websites().isEmpty()).count()).isBetween(60L, 400L);
    }

    @Test
    void tagsComeFromASmallVocabulary() {
        Set<String> tags = new HashSet<>();
        network.forEach(c -> tags.addAll(c.tags()));
        assertThat(tags).contains("client", "prospect", "supplier", "partner", "referral source", "friend", "family")
                .contains("Berlin", "Москва")
                .anyMatch(t -> t.matches(".* 20\\d\\d"));
        assertThat(tags.size()).isLessThan(60);
    }

    @Test
    void fillWritesChunkByChunkAndReportsProgress() {
        List<Long> reported = new ArrayList<>();
        try (Services services = Services.open(dir.resolve("demo.db"))) {
            long written = DemoNetwork.fill(services.contactRepository(), 4500, 40, 7, (done, total) -> {
                assertThat(total).isEqualTo(4540);
                reported.add(done);
            }, () -> false);
            assertThat(written).isEqualTo(4540);
            assertThat(services.contacts().counts().people()).isEqualTo(4500);
            assertThat(services.contacts().counts().organisations()).isEqualTo(40);
        }
        assertThat(reported).containsExactly(0L, 2000L, 4000L, 4540L);
    }

    @Test
    void fillStopsBetweenChunksWhenCancelled() {
        AtomicBoolean cancel = new AtomicBoolean();
        try (Services services = Services.open(dir.resolve("demo.db"))) {
            long written = DemoNetwork.fill(services.contactRepository(), 4500, 40, 7,
                    (done, total) -> cancel.set(done > 0), cancel::get);
            assertThat(written).isEqualTo(DemoNetwork.CHUNK);
            assertThat(services.contacts().counts().total()).isEqualTo(DemoNetwork.CHUNK);
        }
    }

    @Test
    void fillWritesExactlyWhatGenerateReturns() {
        List<Contact> expected = DemoNetwork.generate(300, 30, 5);
        try (Services services = Services.open(dir.resolve("demo.db"))) {
            DemoNetwork.fill(services.contactRepository(), 300, 30, 5, ProgressListener.NONE, () -> false);
            for (int i = 0; i < expected.size(); i++) {
                Contact saved = services.contacts().find(i + 1).orElseThrow();
                Contact want = expected.get(i);
                assertThat(tagsSorted(saved.withId(0))).as(want.displayName()).isEqualTo(tagsSorted(want));
            }
        }
    }

    /** The database returns tags in its own order. */
    private static Contact tagsSorted(Contact c) {
        return c.withDetails(c.title(), c.emails(), c.phones(), c.addresses(), c.websites(),
                c.tags().stream().sorted().toList(), c.notes(), c.birthday());
    }
}
