package app.rapport.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The score of two contacts, field by field, without a database. */
class MatcherTest {
    private final Matcher matcher = new Matcher();

    private static MatchKeys person(String given, String family, Set<String> emails, Set<String> phones) {
        return new MatchKeys(ContactKind.PERSON, "", "", MatchKeys.personName(given, family), "", null, emails, phones);
    }

    @Test
    void aNameWrittenAllInOneFieldIsTheSameNameButSwappedFieldsAreNot() {
        // a CSV with only a "Name" column puts "Anna Müller" in the given name
        assertThat(matcher.compare(person("Anna Müller", "", Set.of(), Set.of()), person("anna", "MULLER", Set.of(), Set.of()))
                .has(Evidence.SAME_NAME)).isTrue();
        assertThat(matcher.compare(person("Kim", "Lee", Set.of(), Set.of()), person("Lee", "Kim", Set.of(), Set.of()))
                .has(Evidence.OTHER_NAME)).isTrue();
    }

    @Test
    void aSharedPhoneAloneNeverMergesAndWithTheSameNameIsAPossibleDuplicate() {
        Set<String> phone = Set.of("+4930123456");
        assertThat(matcher.compare(person("", "", Set.of(), phone), person("", "", Set.of(), phone)).decision())
                .isEqualTo(Matcher.Decision.NEW);
        assertThat(matcher.compare(person("Lena", "Fischer", Set.of(), phone),
                person("Lena", "Fischer", Set.of("lena@fischer.example"), phone)).decision())
                .isEqualTo(Matcher.Decision.POSSIBLE);
    }

    @Test
    void theSameRecordWrittenTwiceMergesButTwoBareNamesDoNot() {
        // a phone's address book of names and numbers, imported twice
        Set<String> phone = Set.of("+4930123456");
        Matcher.Match twice = matcher.compare(person("Lena", "Fischer", Set.of(), phone),
                person("Lena", "Fischer", Set.of(), phone));
        assertThat(twice.has(Evidence.SAME_DETAILS)).isTrue();
        assertThat(twice.decision()).isEqualTo(Matcher.Decision.MERGE);
        assertThat(matcher.compare(person("John", "Doe", Set.of(), Set.of()), person("John", "Doe", Set.of(), Set.of()))
                .decision()).isEqualTo(Matcher.Decision.POSSIBLE);
    }

    @Test
    void theSameEmailWithADifferentNameIsOnlyAPossibleDuplicate() {
        // a family's shared address: info@mueller.example on both parents' cards
        Set<String> email = Set.of("info@mueller.example");
        Matcher.Match m = matcher.compare(person("Jan", "Müller", email, Set.of()), person("Eva", "Müller", email, Set.of()));
        assertThat(m.decision()).isEqualTo(Matcher.Decision.POSSIBLE);
    }

    @Test
    void aDifferentBirthdayOutweighsTheSameName() {
        MatchKeys a = new MatchKeys(ContactKind.PERSON, "", "", "john|doe", "", Birthday.of(1, 10, 1960), Set.of(), Set.of());
        MatchKeys b = new MatchKeys(ContactKind.PERSON, "", "", "john|doe", "", Birthday.of(2, 11, 1961), Set.of(), Set.of());
        assertThat(matcher.compare(a, b).decision()).isEqualTo(Matcher.Decision.NEW);
        assertThat(matcher.compare(a, b).score()).isEqualTo(Evidence.SAME_NAME.weight() + Evidence.OTHER_BIRTHDAY.weight());
    }

    @Test
    void twoCardsOfOneAddressBookWithTheirOwnUidsAreTwoContactsWhateverElseTheyShare() {
        // an address book that holds the same person twice has said so itself
        MatchKeys a = new MatchKeys(ContactKind.PERSON, "uid-1", "book", "anna|weber", "", null, Set.of("a@x.example"), Set.of());
        MatchKeys b = new MatchKeys(ContactKind.PERSON, "uid-2", "book", "anna|weber", "", null, Set.of("a@x.example"), Set.of());
        assertThat(matcher.compare(a, b).decision()).isEqualTo(Matcher.Decision.NEW);
        MatchKeys other = new MatchKeys(ContactKind.PERSON, "uid-2", "", "anna|weber", "", null, Set.of("a@x.example"), Set.of());
        assertThat(matcher.compare(a, other).decision()).isEqualTo(Matcher.Decision.MERGE);
    }

    @Test
    void phoneNumbersAndEmailsCompareWhateverWayTheyAreWritten() {
        app.rapport.domain.contacts.PhoneKey inGermany = new app.rapport.domain.contacts.PhoneKey("DE");
        MatchKeys inRapport = MatchKeys.of(app.rapport.testing.ContactBuilder.person("Boris", "Ivanov")
                .phone("+49 (30) 123-4567").email("Boris.Ivanov@Example.COM").build(), "", "", inGermany);
        for (String written : java.util.List.of("030 1234567", "0049 30 1234567", "+4930 12 34 567", "(030) 123 45 67")) {
            MatchKeys record = MatchKeys.of(app.rapport.testing.ContactBuilder.person("", "").phone(written)
                    .email(" boris.ivanov@example.com").build(), "", "", inGermany);
            assertThat(matcher.compare(record, inRapport).found()).as(written).containsExactly(
                    new Matcher.Found(Evidence.SAME_EMAIL, "boris.ivanov@example.com"),
                    new Matcher.Found(Evidence.SAME_PHONE, "+49301234567"));
        }
    }
}
