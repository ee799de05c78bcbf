package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.persistence.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport cards …} on a real database file. */
class CardsCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        db = dir.resolve("rapport.db");
        try (Services s = Services.open(db)) {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long boris = s.contactRepository().insert(person("Boris", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long clara = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            long dora = s.contactRepository().insert(person("Dora", "Dahl").build());
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(1),
                    Direction.MUTUAL, "", anna, boris, clara, dora));
        }
    }

    @AfterEach
    void clear() {
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    @Test
    void buildListMarkAndCsv() throws Exception {
        Result dry = rapport("cards", "build", "--name", "Holiday 2026", "--dry-run", "--db", db.toString());
        assertThat(dry.code()).isZero();
        assertThat(rapport("cards", "list", "--db", db.toString()).out()).isEmpty();

        Result built = rapport("cards", "build", "--name", "Holiday 2026", "--limit", "50", "--db", db.toString());
        assertThat(built.code()).as(built.err()).isZero();
        String[] lines = built.out().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("\\d+\tClara Chen\tDear Clara\tLindenweg 2, 20095 Hamburg, DE\tplanned\tClara Chen");
        // same strength and last contact: by name, Chen before Schmidt
        assertThat(lines[1]).matches("\\d+\tAnna & Boris Schmidt\tDear Anna & Boris\tHauptstr\\. 5, 10115 Berlin, DE"
                + "\tplanned\tAnna Schmidt, Boris Schmidt");
        assertThat(lines[2]).matches("left-out\t\\d+\tDora Dahl\tno-address");

        Result lists = rapport("cards", "list", "--db", db.toString());
        assertThat(lists.out().strip()).isEqualTo("Holiday 2026\tHoliday\t" + java.time.LocalDate.now().getYear()
                + "\t2\t2\t0\t0\t0");

        Result mark = rapport("cards", "mark", "--name", "holiday 2026", "--sent", "Boris Schmidt", "--db",
                db.toString());
        assertThat(mark.code()).as(mark.err()).isZero();
        assertThat(mark.out()).contains("Anna & Boris Schmidt").contains("\tsent\t");
        try (Services s = Services.open(db)) {
            // the follow-up calls fall due two weeks later, for both at that address
            assertThat(s.keepInTouch().due(java.time.LocalDate.now().plusDays(14), 1, 50))
                    .filteredOn(d -> d.reason() == app.rapport.domain.keepintouch.DueReason.FOLLOW_UP)
                    .extracting(d -> d.name()).containsExactlyInAnyOrder("Anna Schmidt", "Boris Schmidt");
        }

        Path csv = dir.resolve("holiday.csv");
        Result written = rapport("cards", "csv", "--name", "Holiday 2026", "--out", csv.toString(), "--db", db.toString());
        assertThat(written.code()).isZero();
        String text = Files.readString(csv, UTF_8);
        assertThat(text).startsWith("\uFEFFaddressee,salutation,street,postal_code,locality,region,country,status");
        assertThat(text).contains("Anna & Boris Schmidt,Dear Anna & Boris,Hauptstr. 5,10115,Berlin,,DE,SENT");
    }

    @Test
    void pdfLabelsListAndBrief() throws Exception {
        rapport("cards", "build", "--name", "Holiday 2026", "--db", db.toString());
        Path labels = dir.resolve("labels.pdf");
        Result written = rapport("cards", "pdf", "--name", "Holiday 2026", "--layout", "avery-l7160", "--start-at", "21",
                "--home", "DE", "--out", labels.toString(), "--db", db.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.out().strip()).isEqualTo(labels.toAbsolutePath() + "\t2");
        String text = app.rapport.testing.PdfText.of(labels);
        assertThat(text).contains("Anna & Boris Schmidt\nHauptstr. 5\n10115 Berlin");

        Path list = dir.resolve("list.pdf");
        assertThat(rapport("cards", "pdf", "--name", "Holiday 2026", "--layout", "list", "--out", list.toString(),
                "--db", db.toString()).code()).isZero();
        assertThat(app.rapport.testing.PdfText.of(list)).contains("Holiday 2026 \u2014 2 envelopes");

        Result tooWide = rapport("cards", "pdf", "--name", "Holiday 2026", "--layout", "custom", "--grid",
                "10,5,80,37,70,37,3,8", "--out", dir.resolve("bad.pdf").toString(), "--db", db.toString());
        assertThat(tooWide.code()).isNotZero();
        assertThat(tooWide.err()).contains("3 labels across need 235.0 mm, but the page is only 210.0 mm wide");
        assertThat(dir.resolve("bad.pdf")).doesNotExist();
        Result unknown = rapport("cards", "pdf", "--name", "Holiday 2026", "--layout", "avery-9999", "--out",
                dir.resolve("x.pdf").toString(), "--db", db.toString());
        assertThat(unknown.err()).contains("avery-9999").contains("avery-l7160");

        Path brief = dir.resolve("brief.pdf");
        Result b = rapport("brief", "Clara Chen", "--out", brief.toString(), "--db", db.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(app.rapport.testing.PdfText.of(brief)).contains("Clara Chen").contains("Last interactions");
        Result nowhere = rapport("brief", "Clara Chen", "--out", dir.resolve("no/such/brief.pdf").toString(),
                "--db", db.toString());
        assertThat(nowhere.code()).isNotZero();
        assertThat(nowhere.err()).contains("the folder " + dir.resolve("no/such") + " does not exist");
    }

    @Test
    void envelopesAreWordedInTheLanguageAsked() {
        Result german = rapport("cards", "build", "--name", "Weihnachten", "--language", "de", "--db", db.toString());
        assertThat(german.code()).as(german.err()).isZero();
        assertThat(german.out()).contains("\tClara Chen\tLiebe(r) Clara\t", "\tAnna und Boris Schmidt\tLiebe(r) Anna und Boris\t");
        Result russian = rapport("cards", "build", "--name", "Новый год", "--language", "ru", "--dry-run",
                "--db", db.toString());
        assertThat(russian.out()).contains("\tЗдравствуйте, Clara\t");

        Result unknown = rapport("cards", "build", "--name", "X", "--language", "fr", "--db", db.toString());
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("--language must be en, de, ru or th.");
        assertThat(rapport("cards", "list", "--name", "X", "--db", db.toString()).code()).as("nothing written").isNotZero();
    }

    @Test
    void mistakesGoToStderrWithANonZeroExit() {
        Result missing = rapport("cards", "list", "--name", "Nope", "--db", db.toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("there is no card list called Nope");
        rapport("cards", "build", "--name", "X", "--db", db.toString());
        Result twice = rapport("cards", "build", "--name", "x", "--db", db.toString());
        assertThat(twice.code()).isNotZero();
        assertThat(twice.err()).contains("a card list called x exists already");
        Result notOn = rapport("cards", "mark", "--name", "X", "--received", "Dora Dahl", "--db", db.toString());
        assertThat(notOn.code()).isNotZero();
        assertThat(notOn.err()).contains("Dora Dahl is not on the list X");
        Result both = rapport("cards", "mark", "--name", "X", "--sent", "--received", "Anna", "--db", db.toString());
        assertThat(both.code()).isNotZero();
        Result help = rapport("cards", "mark", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--received");
    }
}
