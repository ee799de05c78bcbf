package app.rapport.domain.contacts;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactMergeTest {
    private final ContactMerge merge = new ContactMerge("DE");

    @Test
    void keepsEveryChannelOnceAndTheKeptValuesWin() {
        Contact kept = person("Anna", "Müller").worksAt("Acme", "").email("anna@acme.example").phone("030 1234567")
                .address("Hauptstr. 5", "10115", "Berlin", "DE").tag("client").notes("First note.").build();
        Contact other = person("Anna", "Mueller").worksAt("Acme GmbH", "Buyer").email("ANNA@acme.example")
                .email("anna@home.example").phone("+49 30 1234567").phone("0171 555")
                .address("Hauptstr. 5", "10115", "Berlin", "DE").address("Gartenweg 1", "10117", "Berlin", "DE")
                .website("https://anna.example").tag("Client").tag("berlin").notes("Second note.")
                .birthday(4, 15, 1980).build();
        Contact merged = merge.combine(kept, other);
        assertThat(merged.name().family()).isEqualTo("Müller");
        assertThat(merged.organisation()).isEqualTo("Acme");
        assertThat(merged.title()).isEqualTo("Buyer");
        assertThat(merged.emails()).extracting(Email::address).containsExactly("anna@acme.example", "anna@home.example");
        assertThat(merged.phones()).extracting(Phone::number).containsExactly("030 1234567", "0171 555");
        assertThat(merged.addresses()).extracting(PostalAddress::street).containsExactly("Hauptstr. 5", "Gartenweg 1");
        assertThat(merged.addresses()).filteredOn(PostalAddress::mailing).hasSize(1);
        assertThat(merged.tags()).containsExactly("client", "berlin");
        // nothing dropped: the other organisation is kept in the notes
        assertThat(merged.notes()).isEqualTo("First note.\n\nSecond note.\n\nAlso given as organisation: Acme GmbH");
        assertThat(merged.birthday()).isEqualTo(Birthday.of(4, 15, 1980));
        assertThat(new ContactRules("DE").check(merged)).isEmpty();
    }

    @Test
    void mergingWhatIsAlreadyThereAddsNothing() {
        Contact kept = person("Anna", "Müller").email("anna@acme.example").notes("Long note. Short.").build();
        assertThat(merge.addsNothing(kept, person("Anna", "").email("Anna@Acme.example").notes("Short.").build()))
                .isTrue();
        assertThat(merge.addsNothing(kept, person("Anna", "").email("other@acme.example").build())).isFalse();
    }

    @Test
    void aNoteWithOtherLineBreaksIsTheSameNote() {
        // kept as Outlook's file wrote it (CRLF), read again from Rapport's own export (LF)
        Contact kept = person("Anna", "Müller").notes("First line\r\nSecond line").build();
        assertThat(merge.addsNothing(kept, person("Anna", "Müller").notes("First line\nSecond line").build())).isTrue();
        assertThat(merge.addsNothing(kept, person("Anna", "Müller").notes("First line\nThird line").build())).isFalse();
    }
}
