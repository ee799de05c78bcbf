package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvelopePdfTest {
    private static final List<String> SENDER = List.of("Max Mustermann", "Hauptstr. 5", "10115 Berlin");
    private static final List<List<String>> RECIPIENTS = List.of(
            List.of("Jane Smith", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"),
            List.of("Ёлкин Пётр", "ул. Тверская, д. 7, кв. 12", "Москва", "125009", "RUSSIA"));

    @TempDir
    Path dir;

    @Test
    void oneLandscapePagePerEnvelopeInItsOwnSize() throws IOException {
        for (EnvelopeFormat format : List.of(EnvelopeFormat.DL, EnvelopeFormat.C5, EnvelopeFormat.C6, EnvelopeFormat.US10)) {
            Path pdf = dir.resolve(format.id() + ".pdf");
            assertThat(EnvelopePdf.write(pdf, format, RECIPIENTS, SENDER)).isEqualTo(2);
            List<PDRectangle> pages = PdfProbe.pageSizes(pdf);
            assertThat(pages).hasSize(2).allSatisfy(page -> {
                assertThat((double) page.getWidth()).isCloseTo(format.width(), within(0.01));
                assertThat((double) page.getHeight()).isCloseTo(format.height(), within(0.01));
            });
        }
    }

    @Test
    void theRecipientIsRightOfCentreInTheLowerHalfAndTheSenderTopLeft() throws IOException {
        Path pdf = dir.resolve("dl.pdf");
        EnvelopePdf.write(pdf, EnvelopeFormat.DL, RECIPIENTS, SENDER);
        List<PdfProbe.Line> lines = PdfProbe.lines(pdf);
        float width = (float) EnvelopeFormat.DL.width();
        float height = (float) EnvelopeFormat.DL.height();
        PdfProbe.Line jane = line(lines, "Jane Smith");
        PdfProbe.Line kingdom = line(lines, "UNITED KINGDOM");
        assertThat(jane.x()).isGreaterThan(width * 0.4f).isLessThan(width * 0.6f);
        assertThat(jane.yFromTop() - FontStyle.ASCENT * jane.size()).isGreaterThanOrEqualTo(height / 2 - 0.01f);
        assertThat(kingdom.yFromTop() + FontStyle.DESCENT * kingdom.size()).isLessThan(height - (float) Units.mm(15));
        PdfProbe.Line max = line(lines, "Max Mustermann");
        assertThat(max.x()).isCloseTo((float) Units.mm(10), within(0.5f));
        assertThat(max.yFromTop()).isLessThan(height / 4);
        assertThat(max.size()).isLessThan(jane.size());
        assertThat(PdfProbe.text(pdf)).contains("Jane Smith\n10 Downing Street\nLONDON\nSW1A 2AA\nUNITED KINGDOM");
    }

    @Test
    void theReturnAddressIsOptional() throws IOException {
        Path pdf = dir.resolve("plain.pdf");
        EnvelopePdf.write(pdf, EnvelopeFormat.US10, RECIPIENTS.subList(0, 1), List.of());
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo(String.join("\n", RECIPIENTS.get(0)));
    }

    @Test
    void noRecipientsIsNothingToPrint() {
        assertThatThrownBy(() -> EnvelopePdf.write(dir.resolve("none.pdf"), EnvelopeFormat.DL, List.of(), SENDER))
                .isInstanceOf(PrintException.class)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.NOTHING_TO_PRINT);
    }

    private static PdfProbe.Line line(List<PdfProbe.Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }
}
