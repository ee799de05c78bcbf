package app.rapport.persistence.backup;

import app.rapport.persistence.Database;
import app.rapport.persistence.settings.JdbiSettingsRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.app.Services;
import app.rapport.domain.backup.Backup;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.Passphrase;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupException.Reason;
import app.rapport.service.backup.RestorePlan;
import app.rapport.service.settings.Settings;
import app.rapport.testing.DatabaseContents;
import app.rapport.testing.RichDatabase;
import app.rapport.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted JSON backups and an encrypted backups folder, over real database files. */
class EncryptedBackupTest {
    private static final String RIGHT = "Kölner Dom im Nebel";

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (TestDatabase db = new TestDatabase(dir.resolve("data"))) {
            RichDatabase.fill(db);
        }
    }

    private Path database() {
        return dir.resolve("data/rapport.db");
    }

    @Test
    void anEncryptedJsonBackupRestoresWithItsPassphraseAndHoldsNoReadableText() throws IOException {
        Path json = dir.resolve("usb/rapport.json.enc");
        Files.createDirectories(json.getParent());
        try (Services services = Services.open(database())) {
            services.backups().exportJson(json, Passphrase.of(RIGHT));
        }
        assertThat(EncryptedFile.isEncrypted(json)).isTrue();
        assertThat(new String(Files.readAllBytes(json), StandardCharsets.ISO_8859_1)).doesNotContain("rapport-backup", "Weber");
        try (Stream<Path> files = Files.list(json.getParent())) {
            assertThat(files).containsExactly(json); // no temporary file, and nothing unencrypted beside it
        }

        Path fresh = dir.resolve("fresh/rapport.db");
        try (Services services = Services.open(fresh)) {
            RestorePlan plan = services.backups().prepareRestore(json, Passphrase.of(RIGHT));
            services.backups().restore(plan);
        }
        assertThat(DatabaseContents.of(fresh)).isEqualTo(DatabaseContents.of(database()));
    }

    @Test
    void aWrongPassphraseIsSaidSoAndChangesNothing() throws Exception {
        Path json = dir.resolve("rapport.json.enc");
        try (Services services = Services.open(database())) {
            services.backups().exportJson(json, Passphrase.of(RIGHT));
        }
        Path other = dir.resolve("other/rapport.db");
        try (TestDatabase db = new TestDatabase(other.getParent())) {
            db.repository().insert(app.rapport.testing.ContactBuilder.person("Nur", "Eine").build());
        }
        // every row of every table: opening the file at all rewrites its header today, so its bytes are compared
        // where nothing opens it (the command line checks the passphrase first; see RestoreCommand and its test)
        var before = DatabaseContents.of(other);
        try (Services services = Services.open(other)) {
            assertThatThrownBy(() -> services.backups().prepareRestore(json, Passphrase.of("Kölner Dom im Regen")))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
            assertThatThrownBy(() -> services.backups().prepareRestore(json, null))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PASSPHRASE_NEEDED));
            assertThat(services.backups().backups()).as("no safety copy: nothing was about to change").isEmpty();
        }
        assertThat(DatabaseContents.of(other)).isEqualTo(before);
        try (Stream<Path> files = Files.list(other.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("no temporary file left, opened or not").isEmpty();
        }
    }

    @Test
    void aDamagedEncryptedBackupIsDamagedAndChangesNothing() throws Exception {
        Path json = dir.resolve("rapport.json.enc");
        try (Services services = Services.open(database())) {
            services.backups().exportJson(json, Passphrase.of(RIGHT));
        }
        byte[] bytes = Files.readAllBytes(json);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(json, bytes);
        var before = DatabaseContents.of(database());
        try (Services services = Services.open(database())) {
            assertThatThrownBy(() -> services.backups().prepareRestore(json, Passphrase.of(RIGHT)))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        }
        assertThat(DatabaseContents.of(database())).isEqualTo(before);
    }

    @Test
    void backupsTakenAfterThePassphraseIsSetAreEncryptedAndOnlyItsPublicKeyIsKept() throws IOException {
        try (Services services = Services.open(database())) {
            Backup plain = services.backups().backUp();
            assertThat(plain.encrypted()).isFalse();
            services.backups().encryptBackups(Passphrase.of(RIGHT));
            Backup sealed = services.backups().backUp();
            assertThat(sealed.file().getFileName().toString()).endsWith(".db.enc");
            assertThat(sealed.encrypted()).isTrue();
            assertThat(EncryptedFile.isEncrypted(sealed.file())).isTrue();
            // one kept per day: the encrypted backup took the plain one's place
            assertThat(services.backups().backups()).extracting(Backup::encrypted).containsExactly(true);
            try (Stream<Path> files = Files.list(services.backups().folder())) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                        .as("no temporary copy left").isEmpty();
            }
        }
        String setting = setting(database());
        assertThat(setting).startsWith("argon2id-x25519;1;65536;3;1;").doesNotContain(RIGHT);
    }

    @Test
    void anEncryptedBackupRestoresWithThePassphraseItWasTakenWithEvenAfterAChange() {
        Path older;
        Path newer;
        try (Services services = Services.open(database())) {
            services.backups().encryptBackups(Passphrase.of(RIGHT));
            older = dir.resolve("usb").resolve(services.backups().backUp().file().getFileName());
            try {
                Files.createDirectories(older.getParent());
                Files.move(services.backups().newest().orElseThrow().file(), older); // kept elsewhere: one a day stays in the folder
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            services.backups().encryptBackups(Passphrase.of("ein ganz neuer Satz"));
            newer = services.backups().backUp().file();
        }
        Path fresh = dir.resolve("fresh/rapport.db");
        try (Services services = Services.open(fresh)) {
            assertThatThrownBy(() -> services.backups().prepareRestore(older, Passphrase.of("ein ganz neuer Satz")))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
            services.backups().restore(services.backups().prepareRestore(older, Passphrase.of(RIGHT)));
            services.backups().restore(services.backups().prepareRestore(newer, Passphrase.of("ein ganz neuer Satz")));
        }
        assertThat(DatabaseContents.of(fresh).get("contact")).isEqualTo(DatabaseContents.of(database()).get("contact"));
    }

    @Test
    void restoringAnOlderBackupKeepsTheEncryptionAsTheUserLastSetIt() {
        try (Services services = Services.open(database())) {
            Backup plain = services.backups().backUp(); // taken before encryption was set
            services.backups().encryptBackups(Passphrase.of(RIGHT));
            services.backups().restore(services.backups().prepareRestore(plain.file()));
            assertThat(services.backups().encryptsBackups()).isTrue();
            List<Backup> all = services.backups().backups();
            assertThat(all.get(0).beforeRestore()).isTrue();
            assertThat(all.get(0).encrypted()).as("the copy of what the restore replaced").isTrue();
            assertThat(services.backups().backUp().encrypted()).isTrue();

            services.backups().stopEncryptingBackups();
            services.backups().restore(services.backups().prepareRestore(all.get(0).file(), Passphrase.of(RIGHT)));
            assertThat(services.backups().encryptsBackups()).as("stopped stays stopped").isFalse();
        }
    }

    @Test
    void aShortPassphraseIsRefused() {
        try (Services services = Services.open(database())) {
            assertThatThrownBy(() -> services.backups().encryptBackups(Passphrase.of("kurz")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(services.backups().encryptsBackups()).isFalse();
        }
    }

    private static String setting(Path db) {
        try (Database open = Database.open(db)) {
            return new JdbiSettingsRepository(open).get(Settings.BACKUP_KEY).orElseThrow();
        }
    }
}
