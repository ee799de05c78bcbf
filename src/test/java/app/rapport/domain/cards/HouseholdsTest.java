package app.rapport.domain.cards;

import static app.rapport.domain.cards.CardListRulesTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PostalAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdsTest {
    private static final EnvelopeWording EN = EnvelopeWording.english();
    private static final PostalAddress HOME = new PostalAddress("", "Hauptstr. 5", "Berlin", "", "10115", "DE", true);
    // the same house typed differently: case, spacing, punctuation, diacritics
    private static final PostalAddress HOME_TYPED = new PostalAddress("", "hauptstr 5", "BERLIN", "", "10115 ", "de", true);
    private static final PostalAddress OTHER = new PostalAddress("", "Lindenweg 2", "Hamburg", "", "20095", "DE", true);

    @Test
    void aCoupleOfOneFamilyShareAnEnvelope() {
        List<Household> h = Households.group(List.of(person(1, "Anna", "Ivanova", 5, null, HOME),
                person(2, "Ivan", "Müller", 4, null, OTHER), person(3, "Boris", "Ivanova", 3, null, HOME_TYPED)), EN);
        assertThat(h).hasSize(2);
        assertThat(h.get(0).addressee()).isEqualTo("Anna & Boris Ivanova");
        assertThat(h.get(0).salutation()).isEqualTo("Dear Anna & Boris");
        assertThat(h.get(0).members()).extracting(CardCandidate::id).containsExactly(1L, 3L);
        assertThat(h.get(0).address()).isEqualTo(HOME);
        assertThat(h.get(1).addressee()).isEqualTo("Ivan Müller");
        assertThat(h.get(1).salutation()).isEqualTo("Dear Ivan");
    }

    @Test
    void aTiedCoupleOfTwoNamesIsNamedInFull() {
        Kinship partners = Kinship.of(List.<long[]>of(new long[] {2, 1}), List.of());
        List<Household> h = Households.group(List.of(person(1, "Anna", "Schmidt", 5, null, HOME),
                person(2, "Boris", "Ivanov", 4, null, HOME)), partners, EN);
        assertThat(h).singleElement().satisfies(e -> {
            assertThat(e.addressee()).isEqualTo("Anna Schmidt & Boris Ivanov");
            assertThat(e.salutation()).isEqualTo("Dear Anna & Boris");
        });
    }

    @Test
    void threeOfOneFamilyAreTheFamilyIgnoringDiacriticsInTheName() {
        List<Household> h = Households.group(List.of(person(1, "Anna", "Müller", 5, null, HOME),
                person(2, "Max", "Muller", 4, null, HOME), person(3, "Lena", "MÜLLER", 3, null, HOME)), EN);
        assertThat(h).singleElement().satisfies(e -> {
            assertThat(e.addressee()).isEqualTo("The Müller family");
            assertThat(e.salutation()).isEqualTo("Dear Müller family");
        });
    }

    @Test
    void strangersAtOneAddressEachGetTheirOwnCard() {
        List<Household> h = Households.group(List.of(person(1, "Anna", "Schmidt", 5, null, HOME),
                person(2, "Boris", "Ivanov", 4, null, HOME_TYPED)), EN);
        assertThat(h).extracting(Household::addressee).containsExactly("Anna Schmidt", "Boris Ivanov");
    }

    @Test
    void colleaguesAtOneWorkAddressAreNoHousehold() {
        PostalAddress office = new PostalAddress("work", "Market St 1", "Denver", "CO", "80202", "US", true);
        PostalAddress officeUnlabelled = new PostalAddress("", "Market St. 1", "Denver", "CO", "80202", "US", true);
        Kinship acmeHasThatOffice = Kinship.of(List.of(),
                List.of(new PostalAddress("", "Market St 1", "Denver", "CO", "80202", "US", true)));
        List<CardCandidate> colleagues = List.of(person(1, "Emily", "King", 5, null, office),
                person(2, "Ethan", "Cooper", 4, null, office), person(3, "Olivia", "Carter", 3, null, officeUnlabelled),
                person(4, "Noah", "King", 3, null, officeUnlabelled));
        // by the label alone, and by the organisation's address even without a label: four cards
        assertThat(Households.group(colleagues, acmeHasThatOffice, EN)).extracting(Household::addressee)
                .containsExactly("Emily King", "Ethan Cooper", "Olivia Carter", "Noah King");
        // a family tie or a shared name does not make an office a home either
        Kinship tied = Kinship.of(List.of(new long[] {1, 2}, new long[] {3, 4}), List.of(officeUnlabelled));
        assertThat(Households.group(colleagues, tied, EN)).hasSize(4);
    }

    @Test
    void threeOfMixedFamiliesTiedToOneAnotherAreListed() {
        Kinship ties = Kinship.of(List.of(new long[] {1, 2}, new long[] {3, 2}), List.of());
        List<Household> h = Households.group(List.of(person(1, "Anna", "Schmidt", 5, null, HOME),
                person(2, "Boris", "Ivanov", 4, null, HOME), person(3, "Clara", "Chen", 3, null, HOME)), ties, EN);
        assertThat(h.get(0).addressee()).isEqualTo("Anna Schmidt, Boris Ivanov & Clara Chen");
        assertThat(h.get(0).salutation()).isEqualTo("Dear Anna, Boris & Clara");
    }

    @Test
    void organisationsKeepTheirOwnEnvelopeEvenAtTheSameAddress() {
        CardCandidate acme = new CardCandidate(9, ContactKind.ORGANISATION, PersonName.EMPTY, "Acme GmbH", "acme gmbh", 3,
                false, false, null, HOME);
        List<Household> h = Households.group(List.of(person(1, "Anna", "Schmidt", 5, null, HOME), acme), EN);
        assertThat(h).hasSize(2);
        assertThat(h.get(1).addressee()).isEqualTo("Acme GmbH");
        assertThat(h.get(1).salutation()).isEqualTo("Dear friends at Acme GmbH");
    }

    @Test
    void aPersonWithoutAGivenNameIsGreetedByTheWholeName() {
        CardCandidate nick = new CardCandidate(5, ContactKind.PERSON, new PersonName("", "", "", "", "Kiki"), "Kiki",
                "kiki", 3, false, false, null, OTHER);
        assertThat(Households.alone(nick, EN).salutation()).isEqualTo("Dear Kiki");
    }

    @Test
    void germanWordingGivesFamilieMueller() {
        EnvelopeWording de = new EnvelopeWording(java.util.Locale.GERMAN, "{0} & {1} {2}", "{0} & {1}", "Familie {0}",
                "Liebe/r {0}", "Liebe Familie {0}", "Liebe Freunde bei {0}");
        List<Household> h = Households.group(List.of(person(1, "Anna", "Müller", 5, null, HOME),
                person(2, "Max", "Müller", 4, null, HOME), person(3, "Lena", "Müller", 3, null, HOME)), de);
        assertThat(h.get(0).addressee()).isEqualTo("Familie Müller");
    }
}
