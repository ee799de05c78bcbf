package app.rapport.service.importing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactKind;
import app.rapport.domain.NameKey;
import app.rapport.domain.PersonName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private final DuplicateFinder finder = new DuplicateFinder("DE");

    private static KnownContact known(long id, Contact c) {
        return new KnownContact(id, c.kind(), c.displayName(), NameKey.of(c),
                c.emails().stream().map(e -> e.address()).toList(), c.phones().stream().map(p -> p.number()).toList());
    }

    @Test
    void theSameEmailIgnoringCaseIsAMatch() {
        List<ProposedMerge> found = finder.find(List.of(person("Anna", "M.").email("Anna.Mueller@Example.COM").build()),
                List.of(known(7, person("Anna", "Müller").email("anna.mueller@example.com").build())));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.existingId()).isEqualTo(7);
            assertThat(m.reason()).isEqualTo(MatchReason.EMAIL);
            assertThat(m.detail()).isEqualTo("anna.mueller@example.com");
            assertThat(m.acceptedByDefault()).isTrue();
        });
    }

    @Test
    void phoneNumbersMatchWhateverWayTheyAreWritten() {
        Contact inRapport = person("Boris", "Ivanov").phone("+49 (30) 123-4567").build();
        for (String written : List.of("030 1234567", "0049 30 1234567", "+4930 12 34 567", "(030) 123 45 67")) {
            List<ProposedMerge> found = finder.find(List.of(person("B.", "I.").phone(written).build()),
                    List.of(known(3, inRapport)));
            assertThat(found).as(written).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(MatchReason.PHONE);
                assertThat(m.detail()).isEqualTo("+49301234567");
            });
        }
        assertThat(finder.find(List.of(person("B.", "I.").phone("030 7654321").build()), List.of(known(3, inRapport))))
                .isEmpty();
    }

    @Test
    void namesMatchIgnoringCaseAccentsAndWordOrder() {
        Contact written = new Contact(0, ContactKind.PERSON, new PersonName("", "muller", "anna", "", ""), "", "", null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), "", false, null, null);
        List<ProposedMerge> found = finder.find(List.of(written), List.of(known(9, person("Anna", "Müller").build())));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(MatchReason.NAME);
            assertThat(m.otherName()).isEqualTo("Anna Müller");
        });
        assertThat(NameKey.of("Müller, Anna")).isEqualTo(NameKey.of("anna muller"));
    }

    @Test
    void aNameMatchWithDifferentEmailsIsProposedButNotAccepted() {
        List<ProposedMerge> found = finder.find(List.of(person("John", "Smith").email("john@a.example").build()),
                List.of(known(1, person("John", "Smith").email("john@b.example").build())));
        assertThat(found).singleElement().satisfies(m -> assertThat(m.acceptedByDefault()).isFalse());
    }

    @Test
    void anOrganisationDoesNotMatchAPersonOfTheSameName() {
        assertThat(finder.find(List.of(organisation("Jordan").build()), List.of(known(1, person("", "Jordan").build()))))
                .isEmpty();
    }

    @Test
    void recordsOfTheSameImportMatchEachOtherAndRapportComesFirst() {
        List<Contact> records = List.of(
                person("Carla", "Ruiz").email("carla@ruiz.example").build(),
                person("Carla", "Ruiz").phone("+34 600 000 001").email("CARLA@ruiz.example").build(),
                person("Dana", "Lee").email("dana@lee.example").build());
        List<ProposedMerge> found = finder.find(records, List.of(known(5, person("Dana", "Lee").build())));
        assertThat(found).extracting(m -> m.record() + "→" + (m.intoExisting() ? "#" + m.existingId() : m.otherRecord())
                + " " + m.reason()).containsExactly("1→0 EMAIL", "2→#5 NAME");
    }
}
