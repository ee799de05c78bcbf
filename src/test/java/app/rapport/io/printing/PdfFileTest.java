package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = Files.writeString(dir.resolve("cards.pdf"), "old");
        assertThatThrownBy(() -> PdfFile.write(target, out -> {
            out.write("half a PDF".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(PrintException.class)
                .hasMessage("Cannot write " + target + ": No space left on device");
        assertThat(target).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSuccessReplacesTheOldFile() throws IOException {
        Path target = Files.writeString(dir.resolve("cards.pdf"), "old");
        PdfFile.write(target, out -> out.write("new".getBytes()));
        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderThatIsAFileIsAMissingFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> PdfFile.write(file.resolve("cards.pdf"), out -> out.write(1)))
                .isInstanceOf(PrintException.class)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.FOLDER_MISSING);
    }
}
