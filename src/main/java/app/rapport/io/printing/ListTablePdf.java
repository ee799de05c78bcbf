package app.rapport.io.printing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A list printed as a table: the title and the column headers on every page, rows never split across
 * pages, page numbers at the foot. Cells wrap within their column at a fixed size, so columns line up.
 */
public final class ListTablePdf {
    /** Page numbers when the caller gives no pattern: "2 / 5". */
    public static final String DEFAULT_PAGE_PATTERN = "{0} / {1}";

    private static final float MARGIN = (float) Units.mm(15);
    private static final float TITLE_SIZE = 14;
    private static final float BODY_SIZE = 9;
    private static final float FOOTER_SIZE = 8;
    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.5f;
    private static final float GAP_UNDER_TITLE = 8;
    private static final float FOOTER_SPACE = 18;

    private ListTablePdf() {
    }

    /**
     * Writes the table to {@code target}.
     *
     * @param pagePattern an ICU message pattern with {0} the page and {1} the page count, e.g.
     *                    "Page {0} of {1}"; null or blank for {@value #DEFAULT_PAGE_PATTERN}
     * @return the number of pages written
     */
    public static int write(Path target, ListTable table, PaperSize paper, String pagePattern) {
        if (table.rows().isEmpty()) {
            throw new PrintException(PrintException.NOTHING_TO_PRINT);
        }
        String pattern = pagePattern == null || pagePattern.isBlank() ? DEFAULT_PAGE_PATTERN : pagePattern;
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            int pages = new Layout(table, paper).draw(document, fonts, pattern);
            PdfFile.save(document, target);
            return pages;
        } catch (IOException e) {
            throw PdfFile.cannotWrite(target, e);
        }
    }

    /** A row's cells wrapped to their columns, and its height. */
    private record Row(List<List<String>> cells, float height) {
    }

    private static final class Layout {
        private final ListTable table;
        private final PDRectangle page;
        private final float[] widths;
        private final FittedText title;
        private final Row header;
        private final float bodyTop;
        private final float bodyBottom;

        Layout(ListTable table, PaperSize paper) {
            this.table = table;
            this.page = new PDRectangle((float) paper.width(), (float) paper.height());
            float contentWidth = page.getWidth() - 2 * MARGIN;
            double total = table.columns().stream().mapToDouble(ListTable.Column::weight).sum();
            widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (float) (contentWidth * table.columns().get(i).weight() / total);
            }
            title = TextFit.fit(List.of(table.title()), FontStyle.BOLD, contentWidth,
                    FittedText.height(1, TITLE_SIZE), TITLE_SIZE, 10);
            float titleHeight = table.title().isBlank() ? 0 : title.height() + GAP_UNDER_TITLE;
            bodyTop = page.getHeight() - MARGIN - titleHeight;
            bodyBottom = MARGIN + FOOTER_SPACE;
            header = row(table.columns().stream().map(ListTable.Column::header).toList(), FontStyle.BOLD,
                    (bodyTop - bodyBottom) / 3);
        }

        int draw(PDDocument document, PdfFonts fonts, String pattern) throws IOException {
            float maxRow = bodyTop - bodyBottom - header.height();
            List<List<Row>> pages = new ArrayList<>();
            List<Row> current = new ArrayList<>();
            float used = 0;
            for (List<String> cells : table.rows()) {
                Row row = row(cells, FontStyle.REGULAR, maxRow);
                if (!current.isEmpty() && used + row.height() > maxRow) {
                    pages.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.add(row);
                used += row.height();
            }
            pages.add(current);
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdfPage = new PDPage(page);
                document.addPage(pdfPage);
                try (PDPageContentStream cs = new PDPageContentStream(document, pdfPage)) {
                    if (!table.title().isBlank()) {
                        TextBlock.draw(cs, fonts, title, MARGIN, page.getHeight() - MARGIN);
                    }
                    float y = bodyTop;
                    cs.setNonStrokingColor(0.92f);
                    cs.addRect(MARGIN, y - header.height(), page.getWidth() - 2 * MARGIN, header.height());
                    cs.fill();
                    cs.setNonStrokingColor(0f);
                    y = drawRow(cs, fonts, header, FontStyle.BOLD, y);
                    for (Row row : pages.get(p)) {
                        y = drawRow(cs, fonts, row, FontStyle.REGULAR, y);
                        cs.setStrokingColor(0.75f);
                        cs.setLineWidth(0.4f);
                        cs.moveTo(MARGIN, y);
                        cs.lineTo(page.getWidth() - MARGIN, y);
                        cs.stroke();
                    }
                    String number = app.rapport.domain.language.Messages.format(pattern, java.util.Locale.ROOT, p + 1, pages.size());
                    TextBlock.centred(cs, fonts, number, FontStyle.REGULAR, FOOTER_SIZE, page.getWidth() / 2,
                            MARGIN + FontStyle.DESCENT * FOOTER_SIZE);
                }
            }
            return pages.size();
        }

        /** Wraps each cell to its column; a row taller than {@code maxHeight} is cut with an ellipsis. */
        private Row row(List<String> cells, FontStyle style, float maxHeight) {
            List<List<String>> wrapped = new ArrayList<>(cells.size());
            int lines = 1;
            int maxLines = Math.max(1, TextFit.maxLines(maxHeight - 2 * PAD_Y, BODY_SIZE));
            for (int i = 0; i < cells.size(); i++) {
                float width = widths[i] - 2 * PAD_X;
                List<String> cell = TextFit.wrapAll(TextFit.split(List.of(cells.get(i) == null ? "" : cells.get(i))),
                        style, BODY_SIZE, width);
                cell = TextFit.truncate(cell, style, BODY_SIZE, width, maxLines).lines();
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            return new Row(wrapped, FittedText.height(lines, BODY_SIZE) + 2 * PAD_Y);
        }

        private float drawRow(PDPageContentStream cs, PdfFonts fonts, Row row, FontStyle style, float top)
                throws IOException {
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                FittedText cell = new FittedText(row.cells().get(i), style, BODY_SIZE, false);
                TextBlock.draw(cs, fonts, cell, x + PAD_X, top - PAD_Y);
                x += widths[i];
            }
            return top - row.height();
        }
    }
}
