package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPreviewTest {
    @TempDir
    Path dir;

    @Test
    void everyPageBecomesAPictureOfItsSizeAtTheResolution() {
        Path pdf = dir.resolve("env.pdf");
        EnvelopePdf.write(pdf, EnvelopeFormat.DL, List.of(List.of("Jane Smith", "LONDON"), List.of("Max", "Berlin")),
                List.of());
        List<BufferedImage> pages = PdfPreview.render(pdf, 72);
        assertThat(pages).hasSize(2);
        assertThat((double) pages.get(0).getWidth()).isCloseTo(EnvelopeFormat.DL.width(), within(1.0));
        assertThat((double) PdfPreview.render(pdf, 144).get(1).getHeight()).isCloseTo(2 * EnvelopeFormat.DL.height(),
                within(1.0));
        assertThat(PdfPreview.pageCount(pdf)).isEqualTo(2);
        assertThat((double) PdfPreview.render(pdf, 1, 72).getWidth()).isCloseTo(EnvelopeFormat.DL.width(), within(1.0));
    }

    @Test
    void aFileThatIsNotAPdfIsSaid() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("x.pdf"), "hello");
        assertThatThrownBy(() -> PdfPreview.render(notPdf, 72)).isInstanceOf(PrintException.class)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.CANNOT_READ);
    }
}
