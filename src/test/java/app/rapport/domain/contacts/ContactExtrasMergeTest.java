package app.rapport.domain.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactExtras.Profile;
import app.rapport.domain.contacts.ContactExtras.RelatedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging two contacts keeps every extra value: lists of both, a conflicting single value in the notes. */
class ContactExtrasMergeTest {

    @Test
    void listsAreJoinedAndTheOthersDifferentDepartmentAnniversaryAndGenderGoToTheNotes() {
        // the same person exported by two phones: one says Sales, the other Marketing
        Contact keep = Contact.newPerson(new PersonName("", "Jan", "Kowalski", "", "Janek"))
                .withExtras(new ContactExtras(List.of("Jaś"), "Sales", Birthday.of(8, 21, 1999), "M",
                        List.of(new Profile("home", "xmpp:janek@jabber.example")), List.of(), null));
        Contact other = Contact.newPerson(new PersonName("", "Jan", "Kowalski", "", ""))
                .withExtras(new ContactExtras(List.of("jaś", "Johnny"), "Marketing", Birthday.of(8, 22, 1999), "M",
                        List.of(new Profile("twitter", "https://twitter.com/janek")),
                        List.of(new RelatedName("mother", "Maria Kowalska")), null));
        Contact merged = new ContactMerge("PL").combine(keep, other);
        assertThat(merged.extras().nicknames()).containsExactly("Jaś", "Johnny");
        assertThat(merged.extras().department()).isEqualTo("Sales");
        assertThat(merged.extras().profiles()).extracting(Profile::address)
                .containsExactly("xmpp:janek@jabber.example", "https://twitter.com/janek");
        assertThat(merged.extras().relatedNames()).containsExactly(new RelatedName("mother", "Maria Kowalska"));
        assertThat(merged.notes()).isEqualTo("Department: Marketing\nAnniversary: 1999-08-22");
    }
}
