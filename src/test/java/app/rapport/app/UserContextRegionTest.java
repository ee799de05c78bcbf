package app.rapport.app;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.UserContext;
import app.rapport.io.importing.ImportOptions;
import app.rapport.service.importing.Evidence;
import app.rapport.service.importing.ImportPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's country, from the user context and nowhere else, is where numbers written without a
 * country code are read, stored for matching and matched on import, and the home country when the
 * settings name none: the JVM's default locale (here Japanese, in Japan) plays no part.
 */
class UserContextRegionTest {
    private static final UserContext GERMAN = UserContext.of(Locale.GERMAN, "DE");
    private static final UserContext AMERICAN = UserContext.of(Locale.ENGLISH, "US");
    private final Locale original = Locale.getDefault();
    @TempDir
    Path dir;

    @BeforeEach
    void computerInJapan() {
        Locale.setDefault(Locale.JAPAN);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @Test
    void aGermanUsersNationalNumberIsABerlinNumber() {
        try (Services s = Services.open(dir.resolve("de.db"), GERMAN)) {
            s.contactRepository().insert(person("Anna", "Schmidt").phone("030 1234567").build());
            assertThat(matchKeys(s)).containsExactly("+49301234567");
            assertThat(s.settings().homeCountry()).isEqualTo("DE");
            assertThat(s.user()).isEqualTo(GERMAN);
        }
    }

    @Test
    void anAmericanUsersIsNot() {
        try (Services s = Services.open(dir.resolve("us.db"), AMERICAN)) {
            s.contactRepository().insert(person("Anna", "Schmidt").phone("030 1234567").build());
            assertThat(matchKeys(s)).noneMatch(k -> k.startsWith("+49"));
            assertThat(s.settings().homeCountry()).isEqualTo("US");
        }
    }

    @Test
    void anImportMatchesTheNationalNumberInTheUsersCountryOnly() throws Exception {
        Path card = dir.resolve("anna.vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Anna;;;\r\nFN:Anna Schmidt\r\n"
                + "TEL;TYPE=WORK:030 1234567\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        try (Services s = Services.open(dir.resolve("de.db"), GERMAN)) {
            s.contactRepository().insert(person("Anna", "Schmidt").phone("+49 30 1234567").build());
            ImportPlan plan = s.imports().preview(List.of(card), ImportOptions.AUTO);
            // the same Anna with the same number: nothing to add
            assertThat(plan.alreadyThere()).containsOnlyKeys(0);
            assertThat(plan.merges()).isEmpty();
        }
        try (Services s = Services.open(dir.resolve("us.db"), AMERICAN)) {
            s.contactRepository().insert(person("Anna", "Schmidt").phone("+49 30 1234567").build());
            ImportPlan plan = s.imports().preview(List.of(card), ImportOptions.AUTO);
            // read in the United States the number is another one, which a merge would add
            assertThat(plan.alreadyThere()).isEmpty();
            assertThat(plan.merges()).hasSize(1);
            assertThat(plan.merges().get(0).match().has(Evidence.SAME_PHONE)).isFalse();
        }
    }

    @Test
    void aLanguageChangeKeepsTheCountryAndReadsNumbersAsBefore() {
        try (Services s = Services.open(dir.resolve("de.db"), GERMAN)) {
            s.useLanguage(Locale.forLanguageTag("ru"));
            assertThat(s.user()).isEqualTo(UserContext.of(Locale.forLanguageTag("ru"), "DE"));
            s.contactRepository().insert(person("Anna", "Schmidt").phone("030 1234567").build());
            assertThat(matchKeys(s)).containsExactly("+49301234567");
            assertThat(s.settings().homeCountry()).isEqualTo("DE");
        }
    }

    @Test
    void ambiguousDatesInAnImportAreReadInTheUsersLanguageAsItChanges() throws Exception {
        Path csv = dir.resolve("berg.csv");
        Files.writeString(csv, "First Name,Last Name,E-mail Address,Birthday\nAnna,Berg,,03/04/1982\n",
                StandardCharsets.UTF_8);
        try (Services s = Services.open(dir.resolve("de.db"), GERMAN)) {
            ImportPlan german = s.imports().preview(List.of(csv), ImportOptions.AUTO);
            assertThat(german.problems()).singleElement().satisfies(p -> assertThat(p.args()).containsExactly("DAY_FIRST"));
            s.useLanguage(Locale.ENGLISH);
            ImportPlan english = s.imports().preview(List.of(csv), ImportOptions.AUTO);
            assertThat(english.problems()).singleElement().satisfies(p -> assertThat(p.args()).containsExactly("MONTH_FIRST"));
        }
    }

    private static List<String> matchKeys(Services s) {
        return s.database().jdbi().withHandle(h -> h.createQuery("SELECT match_key FROM contact_phone")
                .mapTo(String.class).list());
    }
}
