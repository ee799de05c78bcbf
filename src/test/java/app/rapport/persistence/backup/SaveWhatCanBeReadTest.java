package app.rapport.persistence.backup;

import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.exporting.JdbiExportRepository;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.exporting.VCardExport;
import app.rapport.service.exporting.ExportService;
import app.rapport.testing.Damage;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveWhatCanBeReadTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedDatabaseGivesUpEveryContactItCanStillReadAndCountsTheRest() throws Exception {
        try (TestDatabase db = new TestDatabase(dir)) {
            for (int i = 0; i < 400; i++) {
                db.repository().insert(person("Anna" + i, "Weber" + i).email("anna" + i + "@example.de").build());
            }
        }
        Path file = dir.resolve("rapport.db");
        assertThat(Damage.tablePages(file, "contact")).isPositive();
        Path out = dir.resolve("out").resolve("saved.vcf");
        Files.createDirectories(out.getParent());
        try (Database db = Database.open(file)) {
            Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);
            ExportService exports = new ExportService(new JdbiContactRepository(db, clock), new JdbiExportRepository(db),
                    new app.rapport.io.exporting.OutputGuard(db.file(), DataFolder.backupsOf(db.file())));
            ExportService.Salvage salvage = exports.exportReadable(VCardExport.v4(), out);

            assertThat(salvage.written()).isPositive();
            assertThat(salvage.skipped()).isPositive();
            assertThat(salvage.written() + salvage.skipped()).isEqualTo(400);
            String vcards = Files.readString(out);
            assertThat(vcards.split("BEGIN:VCARD", -1).length - 1).isEqualTo(salvage.written());
            assertThat(vcards).contains("Anna0").contains("Anna399");
        }
    }
}
