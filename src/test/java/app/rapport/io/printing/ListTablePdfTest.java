package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListTablePdfTest {
    private static final List<ListTable.Column> COLUMNS = List.of(new ListTable.Column("Name", 2),
            new ListTable.Column("Salutation", 2), new ListTable.Column("Address", 3), new ListTable.Column("Status", 1));

    @TempDir
    Path dir;

    @Test
    void theHeaderAndTitleRepeatOnEveryPageWithPageNumbers() throws IOException {
        Path pdf = dir.resolve("cards.pdf");
        int pages = ListTablePdf.write(pdf, new ListTable("Holiday 2026 — 48 cards", COLUMNS, rows(48)), PaperSize.A4, null);
        assertThat(pages).isGreaterThan(1);
        List<PdfProbe.Line> lines = PdfProbe.lines(pdf);
        for (int page = 1; page <= pages; page++) {
            int p = page;
            List<String> onPage = lines.stream().filter(l -> l.page() == p).map(PdfProbe.Line::text).toList();
            assertThat(onPage).contains("Holiday 2026 — 48 cards", "Name", "Salutation", "Address", "Status",
                    page + " / " + pages);
        }
        List<String> texts = lines.stream().map(PdfProbe.Line::text).toList();
        for (int i = 1; i <= 48; i++) {
            assertThat(texts).contains("Contact " + i);
        }
    }

    @Test
    void rowsKeepTheirLinesTogetherAndInsideTheirColumn() throws IOException {
        Path pdf = dir.resolve("letter.pdf");
        int pages = ListTablePdf.write(pdf, new ListTable("Cards", COLUMNS, rows(60)), PaperSize.LETTER,
                "Page {0} of {1}");
        List<PdfProbe.Line> lines = PdfProbe.lines(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(lines).extracting(PdfProbe.Line::text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        for (int i = 1; i <= 60; i++) {
            String name = "Contact " + i;
            String street = "Hauptstraße " + i;
            PdfProbe.Line first = lines.stream().filter(l -> l.text().equals(name)).findFirst().orElseThrow();
            PdfProbe.Line address = lines.stream().filter(l -> l.text().equals(street)).findFirst().orElseThrow();
            assertThat(address.page()).as(name).isEqualTo(first.page());
        }
        float right = (float) (PaperSize.LETTER.width() - Units.mm(15));
        assertThat(lines).allSatisfy(l -> assertThat(l.lastX()).as(l.text()).isLessThanOrEqualTo(right));
    }

    @Test
    void aLongCellWrapsWithinItsColumn() throws IOException {
        Path pdf = dir.resolve("long.pdf");
        List<List<String>> rows = List.of(List.of("Maximilian Alexander von und zu Müller-Lüdenscheidt",
                "Sehr geehrter Herr Dr. von und zu Müller-Lüdenscheidt", "Hauptstraße 5\n10115 Berlin", "sent"));
        ListTablePdf.write(pdf, new ListTable("", COLUMNS, rows), PaperSize.A4, null);
        List<String> texts = PdfProbe.lines(pdf).stream().map(PdfProbe.Line::text).toList();
        assertThat(texts).contains("Hauptstraße 5", "10115 Berlin", "sent")
                .doesNotContain("Maximilian Alexander von und zu Müller-Lüdenscheidt");
        assertThat(String.join(" ", texts)).contains("Maximilian Alexander", "Müller-Lüdenscheidt");
    }

    @Test
    void anEmptyListOrNoColumnsIsSaid() {
        assertThatThrownBy(() -> ListTablePdf.write(dir.resolve("x.pdf"), new ListTable("x", COLUMNS, List.of()),
                PaperSize.A4, null))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.NOTHING_TO_PRINT);
        assertThatThrownBy(() -> new ListTable("x", List.of(), List.of()))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.NO_COLUMNS);
    }

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of("Contact " + i, "Dear Contact", "Hauptstraße " + i + "\n10115 Berlin\nGERMANY",
                    i % 3 == 0 ? "sent" : "planned"));
        }
        return rows;
    }
}
