package app.rapport.io.printing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Envelopes, one per page in the envelope's own landscape size. The recipient goes right of centre in
 * the lower half, where sorting machines look (and clear of the bottom strip USPS keeps for its barcode);
 * the return address, if any, top-left in smaller type.
 */
public final class EnvelopePdf {
    private static final float EDGE = (float) Units.mm(15);
    private static final float BARCODE_CLEAR = (float) Units.mm(18);
    private static final float RETURN_EDGE = (float) Units.mm(10);

    private EnvelopePdf() {
    }

    /**
     * Writes one envelope per recipient to {@code target}.
     *
     * @param recipients    the lines of each address, e.g. from {@link AddressFormat#lines}
     * @param returnAddress the sender's lines; empty for none
     * @return the number of envelopes (pages) written
     */
    public static int write(Path target, EnvelopeFormat format, List<List<String>> recipients, List<String> returnAddress) {
        if (recipients.isEmpty()) {
            throw new PrintException(PrintException.NOTHING_TO_PRINT);
        }
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PDRectangle size = new PDRectangle((float) format.width(), (float) format.height());
            Box recipientBox = recipientBox(format);
            Box returnBox = returnBox(format);
            FittedText sender = TextFit.fit(returnAddress, FontStyle.REGULAR, returnBox.width(), returnBox.height(), 8, 6);
            for (List<String> recipient : recipients) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    TextBlock.draw(cs, fonts, sender, returnBox.x(), returnBox.top());
                    FittedText text = TextFit.fit(recipient, FontStyle.REGULAR, recipientBox.width(),
                            recipientBox.height(), 12, 8);
                    TextBlock.draw(cs, fonts, text, recipientBox.x(), recipientBox.top());
                }
            }
            PdfFile.save(document, target);
            return recipients.size();
        } catch (IOException e) {
            throw PdfFile.cannotWrite(target, e);
        }
    }

    /** A box on the page: left edge, top edge (from the bottom, as PDF counts), width and height, in points. */
    record Box(float x, float top, float width, float height) {
    }

    /** From 45 % across to 15 mm before the right edge; from the middle down to 18 mm above the bottom. */
    static Box recipientBox(EnvelopeFormat format) {
        float w = (float) format.width();
        float h = (float) format.height();
        float x = 0.45f * w;
        float top = 0.5f * h;
        return new Box(x, top, w - EDGE - x, top - BARCODE_CLEAR);
    }

    /** The top-left corner, up to 40 % across and a third down. */
    static Box returnBox(EnvelopeFormat format) {
        float w = (float) format.width();
        float h = (float) format.height();
        return new Box(RETURN_EDGE, h - RETURN_EDGE, 0.4f * w - RETURN_EDGE, h / 3 - RETURN_EDGE);
    }
}
