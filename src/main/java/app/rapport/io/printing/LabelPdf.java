package app.rapport.io.printing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Address labels on a sheet template: one label per address, across then down, as many sheets as
 * needed. Printing can start further into the first sheet, to use up a sheet that is partly used.
 */
public final class LabelPdf {
    /** Space kept clear inside each label's edge: printers shift a little and labels have round corners. */
    static final float PADDING_X = (float) Units.mm(3);
    static final float PADDING_Y = (float) Units.mm(2);
    static final float PREFERRED_SIZE = 10;
    static final float MINIMUM_SIZE = 6;

    private LabelPdf() {
    }

    /**
     * Writes the labels to {@code target}.
     *
     * @param labels        the lines of each label, e.g. from {@link AddressFormat#lines}
     * @param startPosition where the first label goes on the first sheet: 1 is top-left, counting across
     *                      then down, up to {@link LabelTemplate#perSheet()}
     * @return the number of sheets written
     * @throws PrintException when there are no labels, the start position is off the sheet, or the file
     *                        cannot be written
     */
    public static int write(Path target, LabelTemplate template, List<List<String>> labels, int startPosition) {
        if (labels.isEmpty()) {
            throw new PrintException(PrintException.NOTHING_TO_PRINT);
        }
        if (startPosition < 1 || startPosition > template.perSheet()) {
            throw new PrintException(PrintException.START_POSITION, template.perSheet());
        }
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            int sheets = draw(document, fonts, template, labels, startPosition - 1);
            PdfFile.save(document, target);
            return sheets;
        } catch (IOException e) {
            throw PdfFile.cannotWrite(target, e);
        }
    }

    private static int draw(PDDocument document, PdfFonts fonts, LabelTemplate template, List<List<String>> labels,
                            int first) throws IOException {
        PDRectangle size = new PDRectangle((float) template.paper().width(), (float) template.paper().height());
        float width = (float) template.labelWidth() - 2 * PADDING_X;
        float height = (float) template.labelHeight() - 2 * PADDING_Y;
        int perSheet = template.perSheet();
        int sheets = 0;
        PDPageContentStream cs = null;
        try {
            for (int i = 0; i < labels.size(); i++) {
                int slot = first + i;
                int position = slot % perSheet;
                if (cs == null || position == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(size);
                    document.addPage(page);
                    cs = new PDPageContentStream(document, page);
                    sheets++;
                }
                FittedText text = TextFit.fit(labels.get(i), FontStyle.REGULAR, width, height, PREFERRED_SIZE,
                        MINIMUM_SIZE);
                float x = (float) template.x(position) + PADDING_X;
                float top = size.getHeight() - (float) template.yFromTop(position) - PADDING_Y;
                TextBlock.draw(cs, fonts, text, x, top);
            }
        } finally {
            if (cs != null) {
                cs.close();
            }
        }
        return sheets;
    }
}
