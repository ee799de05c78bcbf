package app.rapport.domain.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.sync.CardMerge.Conflict;
import app.rapport.domain.sync.CardMerge.Field;
import app.rapport.domain.sync.CardMerge.Result;
import app.rapport.domain.sync.CardMerge.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardMergeTest {
    private static final Contact BASE = person("Anna", "Schmidt").worksAt("Isar Software", "Engineer")
            .email("anna@isar.example").phone("+49 89 1234567").tag("client").notes("Met at the fair").build();

    @Test
    void changesToDifferentFieldsAreBothKept() {
        Contact rapport = person("Anna", "Schmidt").worksAt("Isar Software", "CTO")
                .email("anna@isar.example").phone("+49 89 1234567").tag("client").notes("Met at the fair").build();
        Contact server = person("Anna", "Weber").worksAt("Isar Software", "Engineer").birthday(3, 14, 1984)
                .email("anna@isar.example").phone("+49 89 1234567").tag("client").notes("Met at the fair").build();
        Result r = CardMerge.merge(BASE, rapport, server);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().title()).isEqualTo("CTO");
        assertThat(r.merged().name().family()).isEqualTo("Weber");
        assertThat(r.merged().birthday()).isEqualTo(Birthday.of(3, 14, 1984));
        assertThat(r.merged().notes()).isEqualTo("Met at the fair");
    }

    @Test
    void theSameFieldChangedTwoWaysIsAConflictThatKeepsBothUntilChosen() {
        Contact rapport = person("Anna", "Schmidt").worksAt("Isar Software", "CTO").email("anna@isar.example")
                .phone("+49 89 1234567").tag("client").notes("Met at the fair").build();
        Contact server = person("Anna", "Schmidt").worksAt("Isar Software", "Head of Engineering").email("anna@isar.example")
                .phone("+49 89 1234567").tag("client").notes("Met at the fair").build();
        Result r = CardMerge.merge(BASE, rapport, server);
        assertThat(r.conflicts()).containsExactly(new Conflict(Field.TITLE, "CTO", "Head of Engineering"));
        assertThat(r.merged().title()).as("Rapport's value until the user chooses").isEqualTo("CTO");

        Result chosen = r.choose(Field.TITLE, Side.SERVER);
        assertThat(chosen.clean()).isTrue();
        assertThat(chosen.merged().title()).isEqualTo("Head of Engineering");
        assertThat(r.choose(Field.TITLE, Side.RAPPORT).merged().title()).isEqualTo("CTO");
        assertThatThrownBy(() -> chosen.choose(Field.TITLE, Side.SERVER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Contact both = person("Anna", "Weber").worksAt("Isar Software", "Engineer").email("anna@isar.example")
                .phone("+49 89 1234567").tag("client").notes("Met at the fair").build();
        Result r = CardMerge.merge(BASE, both, both);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().name().family()).isEqualTo("Weber");
    }

    @Test
    void listsKeepWhatEitherSideAddedAndDropWhatEitherSideRemoved() {
        // Rapport: added a second email and the tag "munich", removed the phone
        Contact rapport = person("Anna", "Schmidt").worksAt("Isar Software", "Engineer").email("anna@isar.example")
                .email("anna@home.example").tag("client").tag("munich").notes("Met at the fair").build();
        // the server: removed the tag "client", added a phone
        Contact server = person("Anna", "Schmidt").worksAt("Isar Software", "Engineer").email("anna@isar.example")
                .phone("+49 89 1234567").phone("+49 170 5555555").notes("Met at the fair").build();
        Result r = CardMerge.merge(BASE, rapport, server);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().emails()).extracting(Email::address).containsExactly("anna@isar.example", "anna@home.example");
        assertThat(r.merged().phones()).extracting(p -> p.number()).containsExactly("+49 170 5555555");
        assertThat(r.merged().tags()).containsExactly("munich");
    }

    @Test
    void withoutABaseEmptyFieldsAreFilledListsJoinedAndOnlyRealDifferencesConflict() {
        Contact rapport = person("Anna", "Schmidt").email("anna@isar.example").tag("client").notes("Met at the fair").build();
        Contact server = person("Anna", "Schmidt").worksAt("Isar Software", "Engineer").birthday(3, 14, null)
                .email("anna@home.example").tag("client").notes("Sister of Jan").build();
        Result r = CardMerge.merge(null, rapport, server);
        assertThat(r.merged().organisation()).isEqualTo("Isar Software");
        assertThat(r.merged().birthday()).isEqualTo(Birthday.of(3, 14, null));
        assertThat(r.merged().emails()).extracting(Email::address).containsExactly("anna@isar.example", "anna@home.example");
        assertThat(r.merged().tags()).containsExactly("client");
        assertThat(r.conflicts()).containsExactly(new Conflict(Field.NOTES, "Met at the fair", "Sister of Jan"));
    }

    @Test
    void rapportsOwnPartsStayRapports() {
        Contact rapport = new Contact(42, BASE.kind(), BASE.name(), BASE.organisation(), BASE.title(), BASE.orgKind(),
                BASE.birthday(), BASE.emails(), BASE.phones(), BASE.addresses(), BASE.websites(), BASE.tags(), BASE.notes(),
                true, null, null);
        Result r = CardMerge.merge(BASE, rapport, person("Anna", "Weber").build());
        assertThat(r.merged().id()).isEqualTo(42);
        assertThat(r.merged().archived()).isTrue();
        assertThat(r.merged().name().family()).isEqualTo("Weber");
        assertThat(r.merged().emails()).as("the server removed every channel").isEmpty();
        assertThat(CardMerge.list(List.of("a"), List.of("a", "b"), List.of("c", "a"))).containsExactly("a", "b", "c");
    }

    @Test
    void withValuesTakesExactlyTheNamedFieldsOfTheOtherVersion() {
        Contact rapport = person("Anna", "Schmidt").worksAt("Isar Software", "CTO").email("anna@isar.example")
                .notes("Met at the fair").build().withId(7);
        Contact server = person("Anna", "Weber").worksAt("Isar Software", "Head of Engineering")
                .email("weber@isar.example").notes("From the phone").birthday(3, 14, 1984).build();

        Contact taken = CardMerge.withValues(rapport, server, List.of(Field.TITLE, Field.BIRTHDAY));

        assertThat(taken.id()).isEqualTo(7);
        assertThat(taken.title()).isEqualTo("Head of Engineering");
        assertThat(taken.birthday()).isEqualTo(new Birthday(3, 14, 1984));
        assertThat(taken.name().family()).as("not named: Rapport's").isEqualTo("Schmidt");
        assertThat(taken.notes()).isEqualTo("Met at the fair");
        assertThat(taken.emails()).isEqualTo(rapport.emails());
        assertThat(CardMerge.valueOf(taken, Field.TITLE)).isEqualTo("Head of Engineering");
    }
}
