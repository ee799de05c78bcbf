package app.rapport.io.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a written PDF as pictures, for a print preview and for printing them as images. */
public final class PdfPreview {
    private PdfPreview() {
    }

    /** Every page at {@code dpi} (96 for the screen, 300 for a printer), white background, in order. */
    public static List<BufferedImage> render(Path pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw cannotRead(pdf, e);
        }
    }

    /**
     * One page (0-based) at {@code dpi}: for previews of long lists, where all pages at printer resolution
     * would not fit in memory (a 48-page label run at 300 dpi is over 400 MB of pictures).
     */
    public static BufferedImage render(Path pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw cannotRead(pdf, e);
        }
    }

    private static PrintException cannotRead(Path pdf, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PrintException(e, PrintException.CANNOT_READ, pdf, reason);
    }

    /** How many pages the PDF has, without drawing them. */
    public static int pageCount(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw cannotRead(pdf, e);
        }
    }
}
