package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.rapport.domain.contacts.PostalAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelPdfTest {
    private static final float HALF_MM = (float) Units.mm(0.5);

    @TempDir
    Path dir;

    @Test
    void firstAndLastLabelOfAnL7160SheetSitWhereTheTemplateSays() throws IOException {
        assertLabelsOnTheirSpots(LabelTemplate.AVERY_L7160, 21, 1);
    }

    @Test
    void firstAndLastLabelOfA5160SheetSitWhereTheTemplateSays() throws IOException {
        assertLabelsOnTheirSpots(LabelTemplate.AVERY_5160, 30, 1);
    }

    @Test
    void printingCanStartFurtherIntoAPartlyUsedSheet() throws IOException {
        Path pdf = dir.resolve("partly.pdf");
        int sheets = LabelPdf.write(pdf, LabelTemplate.AVERY_L7160, labels(20), 5);
        assertThat(sheets).isEqualTo(2);
        List<PdfProbe.Line> lines = PdfProbe.lines(pdf);
        assertAt(lines, "Label 1", LabelTemplate.AVERY_L7160, 4, 1);
        assertAt(lines, "Label 17", LabelTemplate.AVERY_L7160, 20, 1);
        assertAt(lines, "Label 18", LabelTemplate.AVERY_L7160, 0, 2);
        assertAt(lines, "Label 20", LabelTemplate.AVERY_L7160, 2, 2);
        assertThat(PdfProbe.pageSizes(pdf)).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(595.3f, within(0.1f));
            assertThat(size.getHeight()).isCloseTo(841.9f, within(0.1f));
        });
    }

    @Test
    void eachAddressReadsInItsCountrysOrder() throws IOException {
        List<List<String>> labels = List.of(
                AddressFormat.lines(List.of("John Doe"), new PostalAddress("home", "1 Main St", "Springfield", "IL",
                        "62701", "US", true), "DE"),
                AddressFormat.lines(List.of("Max Mustermann"), new PostalAddress("home", "Hauptstr. 5", "Berlin", "",
                        "10115", "DE", true), "DE"),
                AddressFormat.lines(List.of("Jane Smith"), new PostalAddress("home", "10 Downing Street", "London", "",
                        "SW1A 2AA", "GB", true), "DE"),
                AddressFormat.lines(List.of("Ёлкин Пётр"), new PostalAddress("home", "ул. Тверская, д. 7, кв. 12",
                        "Москва", "", "125009", "RU", true), "DE"),
                AddressFormat.lines(List.of("สมชาย ใจดี"), new PostalAddress("home", "123/4 ซอย 11 ถนนสุขุมวิท",
                        "กรุงเทพมหานคร", "", "10110", "TH", true), "DE"));
        Path pdf = dir.resolve("countries.pdf");
        LabelPdf.write(pdf, LabelTemplate.AVERY_L7163, labels, 1);
        String text = PdfProbe.text(pdf);
        assertThat(text).contains("John Doe\n1 Main St\nSpringfield, IL 62701\nUNITED STATES\n");
        assertThat(text).contains("Max Mustermann\nHauptstr. 5\n10115 Berlin\n");
        assertThat(text).contains("Jane Smith\n10 Downing Street\nLONDON\nSW1A 2AA\nUNITED KINGDOM\n");
        assertThat(text).contains("Ёлкин Пётр\nул. Тверская, д. 7, кв. 12\nМосква\n125009\nRUSSIA\n");
        assertThat(text).contains("สมชาย ใจดี\n123/4 ซอย 11 ถนนสุขุมวิท\nกรุงเทพมหานคร 10110\nTHAILAND\n");
    }

    @Test
    void noLabelTextCrossesItsLabelsRightEdge() throws IOException {
        List<List<String>> labels = List.of(List.of("Anna & Boris Ivanov-Rimsky-Korsakov and the whole family",
                "Flat 12, The Old Mill, 1234 Very Long Street Name Road", "Санкт-Петербург, Невский проспект 100",
                "123/4 ซอย 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา", "10110 กรุงเทพมหานคร", "THAILAND", "extra line"));
        Path pdf = dir.resolve("long.pdf");
        LabelPdf.write(pdf, LabelTemplate.AVERY_5160, labels, 1);
        double right = LabelTemplate.AVERY_5160.x(0) + LabelTemplate.AVERY_5160.labelWidth() - LabelPdf.PADDING_X;
        double bottom = LabelTemplate.AVERY_5160.yFromTop(0) + LabelTemplate.AVERY_5160.labelHeight() - LabelPdf.PADDING_Y;
        for (PdfProbe.Line line : PdfProbe.lines(pdf)) {
            assertThat(line.lastX()).as(line.text()).isLessThanOrEqualTo((float) right + 0.01f);
            assertThat(line.yFromTop() + FontStyle.DESCENT * line.size()).as(line.text())
                    .isLessThanOrEqualTo((float) bottom + 0.01f);
        }
    }

    @Test
    void nothingToPrintIsSaid() {
        assertThatThrownBy(() -> LabelPdf.write(dir.resolve("none.pdf"), LabelTemplate.AVERY_L7160, List.of(), 1))
                .isInstanceOf(PrintException.class)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.NOTHING_TO_PRINT);
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void aStartPositionOffTheSheetIsRejected() {
        assertThatThrownBy(() -> LabelPdf.write(dir.resolve("x.pdf"), LabelTemplate.AVERY_L7160, labels(1), 22))
                .isInstanceOf(PrintException.class)
                .hasMessage("Start at a label from 1 to 21.");
        assertThatThrownBy(() -> LabelPdf.write(dir.resolve("x.pdf"), LabelTemplate.AVERY_L7160, labels(1), 0))
                .isInstanceOf(PrintException.class);
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndNothingIsLeftBehind() {
        Path target = dir.resolve("missing").resolve("labels.pdf");
        assertThatThrownBy(() -> LabelPdf.write(target, LabelTemplate.AVERY_L7160, labels(3), 1))
                .isInstanceOf(PrintException.class)
                .hasMessageStartingWith("Cannot write " + target)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.FOLDER_MISSING);
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("labels.pdf"));
        Files.writeString(target.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> LabelPdf.write(target, LabelTemplate.AVERY_L7160, labels(3), 1))
                .isInstanceOf(PrintException.class)
                .hasMessageStartingWith("Cannot write " + target + ": ")
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.CANNOT_WRITE);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    private void assertLabelsOnTheirSpots(LabelTemplate template, int count, int start) throws IOException {
        Path pdf = dir.resolve(template.id() + ".pdf");
        assertThat(LabelPdf.write(pdf, template, labels(count), start)).isEqualTo(1);
        List<PdfProbe.Line> lines = PdfProbe.lines(pdf);
        assertAt(lines, "Label 1", template, 0, 1);
        assertAt(lines, "Label " + count, template, count - 1, 1);
    }

    /** The label's first line starts at the template's label corner plus the padding, within half a millimetre. */
    private static void assertAt(List<PdfProbe.Line> lines, String text, LabelTemplate template, int position, int page) {
        PdfProbe.Line line = lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
        assertThat(line.page()).as(text + " page").isEqualTo(page);
        float x = (float) template.x(position) + LabelPdf.PADDING_X;
        float top = (float) template.yFromTop(position) + LabelPdf.PADDING_Y;
        assertThat(line.x()).as(text + " x").isCloseTo(x, within(HALF_MM));
        assertThat(line.yFromTop() - FontStyle.ASCENT * line.size()).as(text + " top").isCloseTo(top, within(HALF_MM));
    }

    private static List<List<String>> labels(int count) {
        List<List<String>> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            labels.add(List.of("Label " + i, "Hauptstr. " + i, "10115 Berlin"));
        }
        return labels;
    }
}
