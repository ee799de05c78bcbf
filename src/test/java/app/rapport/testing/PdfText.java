package app.rapport.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it, for checking what was written. */
public final class PdfText {
    private PdfText() {
    }

    /**
     * The text of a PDF as poppler's pdftotext reads it (a reader nobody here wrote); PDFBox's reading when
     * pdftotext is not installed.
     */
    public static String byPdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return of(pdf);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("pdftotext could not read " + pdf + ": " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
