package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli.Result;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.testing.DatabaseContents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format json --encrypt} and {@code restore} of what it wrote, in the test's JVM (no terminal). */
class EncryptedCliTest {
    @TempDir
    Path dir;
    Path passphrase;
    Path json;

    @BeforeEach
    void demoAndPassphrase() throws Exception {
        assertThat(rapport("--db", db().toString(), "demo", "--people", "40", "--orgs", "4", "--seed", "7").code()).isZero();
        passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, "Mauersegler über Leipzig\n");
        json = dir.resolve("usb/rapport.json.enc");
        Files.createDirectories(json.getParent());
    }

    private Path db() {
        return dir.resolve("rapport.db");
    }

    @Test
    void anEncryptedJsonExportRestoresWithThePassphraseFile() throws Exception {
        Result export = rapport("--db", db().toString(), "export", "--format", "json", "--encrypt",
                "--passphrase-file", passphrase.toString(), "--out", json.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("export: encrypted full backup written to " + json + "\n");
        assertThat(EncryptedFile.isEncrypted(json)).isTrue();
        assertThat(new String(Files.readAllBytes(json), StandardCharsets.ISO_8859_1)).doesNotContain("rapport-backup");

        Path other = dir.resolve("other/restored.db");
        Result restore = rapport("--db", other.toString(), "restore", json.toString(), "--passphrase-file",
                passphrase.toString(), "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(DatabaseContents.of(other).get("contact")).isEqualTo(DatabaseContents.of(db()).get("contact"));
    }

    @Test
    void aWrongPassphraseSaysSoAndLeavesTheDatabaseByteForByte() throws Exception {
        rapport("--db", db().toString(), "export", "--format", "json", "--passphrase-file", passphrase.toString(),
                "--out", json.toString());
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "Mauersegler über Dresden\n");
        String before = sha256(db());
        Result r = rapport("--db", db().toString(), "restore", json.toString(), "--passphrase-file", wrong.toString(), "--yes");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).isEqualTo("rapport: wrong passphrase: it does not open " + json + ". Nothing was changed.\n");
        assertThat(sha256(db())).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void withoutATerminalOrAPassphraseFileNothingHappens() throws Exception {
        Result export = rapport("--db", db().toString(), "export", "--format", "json", "--encrypt", "--out", json.toString());
        assertThat(export.code()).isNotZero();
        assertThat(export.err()).isEqualTo("rapport: --encrypt asks for the passphrase on a terminal; from a script, "
                + "give --passphrase-file FILE.\n");
        assertThat(json).doesNotExist();

        rapport("--db", db().toString(), "export", "--format", "json", "--passphrase-file", passphrase.toString(),
                "--out", json.toString());
        String before = sha256(db());
        Result restore = rapport("--db", db().toString(), "restore", json.toString(), "--yes");
        assertThat(restore.code()).isNotZero();
        assertThat(restore.err()).isEqualTo("rapport: " + json + " is encrypted: its passphrase is asked on a terminal; "
                + "from a script, give --passphrase-file FILE. Nothing was changed.\n");
        assertThat(sha256(db())).isEqualTo(before);
    }

    @Test
    void aDamagedEncryptedBackupIsDamaged() throws Exception {
        rapport("--db", db().toString(), "export", "--format", "json", "--passphrase-file", passphrase.toString(),
                "--out", json.toString());
        byte[] bytes = Files.readAllBytes(json);
        Files.write(json, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Result r = rapport("--db", db().toString(), "restore", json.toString(), "--passphrase-file", passphrase.toString(), "--yes");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).isEqualTo("rapport: " + json + " is damaged or incomplete; nothing was changed.\n");
    }

    @Test
    void aShortPassphraseOrAnotherFormatIsRefusedAndThePassphraseIsNeverAnArgument() throws Exception {
        Path shortOne = dir.resolve("short.txt");
        Files.writeString(shortOne, "kurz\n");
        Result tooShort = rapport("--db", db().toString(), "export", "--format", "json", "--passphrase-file",
                shortOne.toString(), "--out", json.toString());
        assertThat(tooShort.err()).isEqualTo("rapport: a passphrase needs at least 8 characters; nothing was written.\n");
        assertThat(json).doesNotExist();

        Result csv = rapport("--db", db().toString(), "export", "--format", "csv", "--encrypt", "--out", dir.resolve("c.csv").toString());
        assertThat(csv.code()).isNotZero();
        assertThat(csv.err()).startsWith("rapport: only --format json can be encrypted.");

        Result argument = rapport("--db", db().toString(), "export", "--format", "json", "--passphrase", "geheim123",
                "--out", json.toString());
        assertThat(argument.code()).isNotZero();
        assertThat(argument.err()).startsWith("rapport: Unknown options: '--passphrase'");
        assertThat(json).doesNotExist();
    }

    @Test
    void noPassphraseReachesTheLog() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        root.addAppender(seen);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.ALL); // the product logs at INFO; the tests' configuration at WARN
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "Mauersegler über Dresden\n");
        try {
            rapport("--db", db().toString(), "export", "--format", "json", "--passphrase-file", passphrase.toString(),
                    "--out", json.toString());
            rapport("--db", db().toString(), "restore", json.toString(), "--passphrase-file", wrong.toString(), "--yes");
            Result right = rapport("--db", db().toString(), "restore", json.toString(), "--passphrase-file",
                    passphrase.toString(), "--yes");
            assertThat(right.code()).as(right.err()).isZero();
        } finally {
            root.detachAppender(seen);
            root.setLevel(level);
        }
        assertThat(seen.list).isNotEmpty();
        for (ch.qos.logback.classic.spi.ILoggingEvent e : seen.list) {
            String logged = e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(logged).doesNotContain("Mauersegler");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
