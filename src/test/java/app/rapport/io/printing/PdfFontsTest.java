package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {
    @TempDir
    Path dir;

    @Test
    void textReadBackEqualsWhatWasWritten() throws IOException {
        List<String> lines = List.of("Crème brûlée, Łódź, Ærøskøbing, Straße, Şişli, Ørsted",
                "Ёлкин Пётр Иванович", "Ελληνικά", "กรุงเทพมหานคร", "123/4 ซอย 11 ถนนสุขุมวิท 10110",
                "ที่อยู่ ผู้ใหญ่ น้ำ ปี่ ฟื้น", "Anna & Boris Ivanov — «Ёлки» กรุงเทพ");
        Path pdf = write(lines, FontStyle.REGULAR);
        assertThat(PdfProbe.text(pdf).strip().split("\n")).containsExactlyElementsOf(lines);
        assertThat(PdfProbe.text(write(lines, FontStyle.BOLD)).strip().split("\n")).containsExactlyElementsOf(lines);
    }

    @Test
    void charactersNeitherFontHasAreReplacedNotFatal() throws IOException {
        Path pdf = write(List.of("東京 \uD83C\uDF84 Müller\tBerlin \uFB01ne"), FontStyle.REGULAR);
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo("\uFFFD\uFFFD \uFFFD Müller Berlin fine");
    }

    @Test
    void signsNoFontHasArePrintedAsTheNearestOneTheyHave() throws IOException {
        // U+2212 is in neither bundled font; the score's "(−7)" printed as "(�7)"
        assertThat(FontFile.SANS.has(0x2212) || FontFile.THAI.has(0x2212)).isFalse();
        Path pdf = write(List.of("Recency 7 of 20 (\u221213)"), FontStyle.REGULAR);
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo("Recency 7 of 20 (-13)");
    }

    @Test
    void thaiGoesToTheThaiFontAndEverythingElseToNotoSans() {
        List<TextRuns.Run> runs = TextRuns.runs("Bangkok กรุงเทพฯ 10110", FontStyle.REGULAR);
        assertThat(runs).extracting(TextRuns.Run::text).containsExactly("Bangkok ", "กรุงเทพฯ ", "10110");
        assertThat(runs).extracting(TextRuns.Run::font).containsExactly(FontFile.SANS, FontFile.THAI, FontFile.SANS);
    }

    @Test
    void widthIsTheSumOfTheRuns() {
        float latin = TextRuns.width("Bangkok ", FontStyle.REGULAR, 10);
        float thai = TextRuns.width("กรุงเทพ", FontStyle.REGULAR, 10);
        assertThat(TextRuns.width("Bangkok กรุงเทพ", FontStyle.REGULAR, 10)).isCloseTo(latin + thai,
                org.assertj.core.data.Offset.offset(0.01f));
        assertThat(TextRuns.width("WWW", FontStyle.BOLD, 10)).isGreaterThan(TextRuns.width("WWW", FontStyle.REGULAR, 10));
    }

    @Test
    void toneMarksOverUpperVowelsAreRaised() {
        ThaiMarks.Offset overVowel = ThaiMarks.offset(FontFile.THAI, "ที่", 2);
        ThaiMarks.Offset alone = ThaiMarks.offset(FontFile.THAI, "ก่", 1);
        ThaiMarks.Offset beforeSaraAm = ThaiMarks.offset(FontFile.THAI, "น้ำ", 1);
        ThaiMarks.Offset overTall = ThaiMarks.offset(FontFile.THAI, "ปี", 1);
        assertThat(overVowel.rise()).isGreaterThan(100);
        assertThat(alone.isNone()).isTrue();
        assertThat(beforeSaraAm.rise()).isGreaterThan(100);
        assertThat(overTall.shift()).isGreaterThan(50);
    }

    private Path write(List<String> lines, FontStyle style) throws IOException {
        Path pdf = dir.resolve("fonts-" + style + ".pdf");
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String line : lines) {
                    fonts.show(cs, line, style, 12, 50, y);
                    y -= 24;
                }
            }
            PdfFile.save(document, pdf);
        }
        return pdf;
    }
}
