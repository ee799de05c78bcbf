package app.rapport.app;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.Household;
import app.rapport.domain.contacts.ContactQuery;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's language reaches what the services write: the order names sort in, and envelope wording. */
class ServicesLanguageTest {
    @TempDir
    Path dir;

    private static List<String> names(Services s) {
        return s.contacts().summaries(s.contacts().search(ContactQuery.ALL)).stream().map(c -> c.displayName()).toList();
    }

    private static List<String> salutations(Services s) {
        BuilderOptions everyoneTagged = new BuilderOptions(EnumSet.of(CardRule.TAG), "card", 0, 50);
        return s.cards().households(s.cards().preview(everyoneTagged).chosen()).stream()
                .map(Household::salutation).toList();
    }

    @Test
    void theWindowsLanguageSortsNamesAndWordsEnvelopes() {
        Path db = dir.resolve("rapport.db");
        try (Services s = Services.open(db)) {
            s.contactRepository().insert(person("Anna", "Schmidt").tag("card")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            s.contactRepository().insert(person("Борис", "Иванов").tag("card")
                    .address("Тверская 1", "125009", "Москва", "RU").build());
            assertThat(names(s)).containsExactly("Anna Schmidt", "Борис Иванов");
            assertThat(salutations(s)).containsExactlyInAnyOrder("Dear Anna", "Dear Борис");
        }
        try (Services s = Services.open(db, Locale.forLanguageTag("ru"))) {
            assertThat(names(s)).containsExactly("Борис Иванов", "Anna Schmidt");
            assertThat(salutations(s)).containsExactlyInAnyOrder("Здравствуйте, Anna", "Здравствуйте, Борис");
            s.useLanguage(Locale.GERMAN);
            assertThat(names(s)).containsExactly("Anna Schmidt", "Борис Иванов");
            assertThat(salutations(s)).containsExactlyInAnyOrder("Liebe(r) Anna", "Liebe(r) Борис");
        }
    }
}
