package app.rapport.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The cases the command-line tests do not reach: sockets, dangling links, links through folders. */
class OutputGuardTest {
    @TempDir
    Path dir;

    private OutputGuard guard() {
        return new OutputGuard(dir.resolve("data/rapport.db"), dir.resolve("data/backups"));
    }

    private static ExportException.Reason refusal(Runnable write) {
        try {
            write.run();
        } catch (ExportException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSocketIsNeitherReplacedNorWritten() throws Exception {
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThat(refusal(() -> OutputFile.write(socket, guard(), out -> out.write(1))))
                    .isEqualTo(ExportException.Reason.NOT_A_FILE);
            assertThat(Files.isRegularFile(socket)).isFalse();
            assertThat(Files.exists(socket)).isTrue();
        }
    }

    @Test
    void aDanglingLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("made/by/link.csv"));
        Files.createDirectories(dir.resolve("made/by"));
        OutputFile.write(link, guard(), out -> out.write("a,b".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made/by/link.csv"))).isEqualTo("a,b");
    }

    @Test
    void theDatabaseIsRecognisedThroughALinkedFolderAndBeforeItsWorkingFilesExist() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/rapport.db"), "stands for the database");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("data"));
        assertThat(refusal(() -> guard().check(alias.resolve("rapport.db")))).isEqualTo(ExportException.Reason.OPEN_DATABASE);
        assertThat(refusal(() -> guard().check(alias.resolve("rapport.db-journal"))))
                .isEqualTo(ExportException.Reason.DATABASE_FILE);
        assertThat(refusal(() -> guard().check(alias.resolve("backups/new.json"))))
                .as("a backups folder not made yet is still the backups folder")
                .isEqualTo(ExportException.Reason.BACKUPS_FOLDER);
        assertThat(refusal(() -> guard().check(alias.resolve("export.csv")))).isNull();
        assertThat(Files.readString(dir.resolve("data/rapport.db"))).isEqualTo("stands for the database");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = Files.writeString(dir.resolve("contacts.csv"), "old");
        assertThatThrownBy(() -> OutputFile.write(out, guard(), stream -> {
            stream.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("No space left on device");
        })).isInstanceOf(ExportException.class).extracting(e -> ((ExportException) e).reason())
                .isEqualTo(ExportException.Reason.DISK_FULL);
        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("contacts.csv");
        }
    }
}
