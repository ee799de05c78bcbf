package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.ImportPage;
import app.rapport.testing.WindowScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/IMPORT.md, "How records are matched": the preview groups what the import will do — will merge
 * (strong evidence), possible duplicates for the user to decide, new — and says why; the user ticks a
 * possible duplicate and the database holds what they chose.
 */
class ImportMatchingScenarios extends WindowScenario {

    @Test
    void thePreviewGroupsItsDecisionsAndSaysWhyAndATickedPossibleDuplicateIsMerged() throws Exception {
        // a phone's address book exported as vCard: Anna's work card with her email and a new title,
        // Lena with the number already in Rapport and a new email, and Boris's wife on the family landline
        Path file = dir.resolve("phone.vcf");
        Files.writeString(file, String.join("\r\n",
                "BEGIN:VCARD", "VERSION:3.0", "N:Weber;Anna;;;", "FN:Anna Weber", "EMAIL:ANNA@weber.example",
                "TITLE:CFO", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Fischer;Lena;;;", "FN:Lena Fischer", "TEL:+49 (30) 123 45 67",
                "EMAIL:lena@fischer.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Ivanova;Anna;;;", "FN:Anna Ivanova", "TEL:+49 (30) 765 43 21",
                "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Kim;Lee;;;", "FN:Lee Kim", "END:VCARD", ""), StandardCharsets.UTF_8);

        open(s -> {
            s.contactRepository().insert(person("Anna", "Weber").email("anna@weber.example")
                    .worksAt("Weber & Partner", "Partner").build());
            s.contactRepository().insert(person("Lena", "Fischer").phone("+49 30 1234567").build());
            s.contactRepository().insert(person("Boris", "Ivanov").phone("+49 30 7654321").build());
            s.contactRepository().insert(person("Kim", "Lee").build());
        });
        ImportPage importing = new ImportPage(this).open();
        answerFilePromptChoosing(file);
        importing.choose();
        importing.waitForCounts();
        assertThat(importing.groups()).isEqualTo("Will merge (strong evidence): 1 \u00b7 possible duplicates"
                + " \u2014 you decide: 1 \u00b7 new: 3");
        assertThat(importing.mergeRows()).containsExactly(
                "[x] | Will merge (strong evidence) | Anna Weber (phone.vcf:1) | Anna Weber | same email "
                        + "anna@weber.example; same name Anna Weber; title \u201cCFO\u201d kept in the notes",
                "[ ] | Possible duplicate \u2014 you decide | Lena Fischer (phone.vcf:8) | Lena Fischer | same phone "
                        + "+49301234567; same name Lena Fischer");
        // what a user checks before a merge is shown whole, wrapped, never cut with "…"
        assertThat(importing.cutShort()).isEmpty();

        importing.tick("Lena Fischer");
        FxWait.until(() -> importing.groups().endsWith("new: 2"));
        assertThat(importing.importAndWait()).isEqualTo("Done: 2 added, 2 merged, 0 skipped, 0 organisations created.");
        importing.close();

        // Lena is one contact with her new email; Anna Ivanova and Lee Kim are people of their own;
        // Anna Weber keeps her title and the card's in her notes
        assertThat(column("SELECT display_name FROM contact ORDER BY display_name")).containsExactly(
                "Anna Ivanova", "Anna Weber", "Boris Ivanov", "Kim Lee", "Lee Kim", "Lena Fischer");
        assertThat(column("SELECT e.address FROM contact_email e JOIN contact c ON c.id = e.contact_id"
                + " WHERE c.display_name = 'Lena Fischer'")).containsExactly("lena@fischer.example");
        assertThat(column("SELECT title || ' / ' || notes FROM contact WHERE display_name = 'Anna Weber'"))
                .containsExactly("Partner / Also given as title: CFO");
    }
}
