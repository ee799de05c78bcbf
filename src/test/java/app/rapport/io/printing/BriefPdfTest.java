package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefPdfTest {
    @TempDir
    Path dir;

    @Test
    void aShortBriefShowsEverythingInOrder() throws IOException {
        Brief brief = new Brief("Ёлкин Пётр Иванович", "Yamato Software K.K. · Sales Manager", List.of(
                new Brief.Section("Details", List.of("pyotr@example.ru", "+7 495 010-12-34", "ул. Тверская, д. 7, Москва")),
                new Brief.Section("Last interactions", List.of("2026-11-02 Lunch at Café Pushkin")),
                new Brief.Section("Ledger", List.of("You gave 3 referrals, received 1"))));
        Path pdf = dir.resolve("brief.pdf");
        BriefPdf.write(pdf, brief, PaperSize.A4);
        assertThat(PdfProbe.pageSizes(pdf)).hasSize(1);
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo("""
                Ёлкин Пётр Иванович
                Yamato Software K.K. · Sales Manager
                Details
                pyotr@example.ru
                +7 495 010-12-34
                ул. Тверская, д. 7, Москва
                Last interactions
                2026-11-02 Lunch at Café Pushkin
                Ledger
                You gave 3 referrals, received 1""");
    }

    @Test
    void tooMuchStaysOnOnePageAndTheLongestSectionIsCut() throws IOException {
        List<String> interactions = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            interactions.add("Meeting " + i + ": talked about the new warehouse in Chiang Mai and the tender");
        }
        Brief brief = new Brief("Somchai Jaidee", "สมชาย ใจดี", List.of(
                new Brief.Section("Details", List.of("somchai@example.co.th")),
                new Brief.Section("Last interactions", interactions),
                new Brief.Section("Open reminders", List.of("Send the offer", "Call back on Friday"))));
        Path pdf = dir.resolve("long.pdf");
        BriefPdf.write(pdf, brief, PaperSize.LETTER);
        assertThat(PdfProbe.pageSizes(pdf)).hasSize(1);
        String text = PdfProbe.text(pdf);
        assertThat(text).contains("somchai@example.co.th", "Meeting 1:", "…\nOpen reminders\nSend the offer\nCall back on Friday");
        assertThat(text).doesNotContain("Meeting 200:");
        float bottom = (float) (PaperSize.LETTER.height() - Units.mm(18));
        assertThat(PdfProbe.lines(pdf)).allSatisfy(l ->
                assertThat(l.yFromTop() + FontStyle.DESCENT * l.size()).as(l.text()).isLessThanOrEqualTo(bottom));
    }

    /** A contact's photo (imported from a vCard) stands at the top right, beside the name. */
    @Test
    void aPhotoIsDrawnBesideTheName() throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        Brief brief = new Brief("Alexandra Petrova", "Nordwind GmbH", List.of(
                new Brief.Section("Details", List.of("sasha@example.org"))), png.toByteArray());
        Path pdf = dir.resolve("photo.pdf");
        BriefPdf.write(pdf, brief, PaperSize.A4);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    images.add(i);
                }
            }
            assertThat(images).singleElement().satisfies(i -> {
                assertThat(i.getWidth()).isEqualTo(64);
                assertThat(i.getHeight()).isEqualTo(48);
            });
        }
        // the text still reads in order below and beside it
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo("Alexandra Petrova\nNordwind GmbH\nDetails\nsasha@example.org");
    }

    @Test
    void anEmptyBriefIsStillAPage() throws IOException {
        Path pdf = dir.resolve("empty.pdf");
        BriefPdf.write(pdf, new Brief("Anna", null, List.of()), PaperSize.A4);
        assertThat(PdfProbe.text(pdf).strip()).isEqualTo("Anna");
    }
}
