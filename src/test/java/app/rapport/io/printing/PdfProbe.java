package app.rapport.io.printing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a written PDF back: its text in drawing order and where each line's first glyph sits. */
final class PdfProbe {
    /** A line of text as PDFBox found it: page (1-based), position of its first glyph's baseline from the top-left. */
    record Line(int page, String text, float x, float yFromTop, float size, float lastX) {
    }

    private PdfProbe() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        }
    }

    static List<Line> lines(Path pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    lines.add(new Line(getCurrentPageNo(), text, first.getXDirAdj(), first.getYDirAdj(),
                            first.getFontSizeInPt(), last.getXDirAdj() + last.getWidthDirAdj()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return lines;
    }

    static List<PDRectangle> pageSizes(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDRectangle> sizes = new ArrayList<>();
            document.getPages().forEach(p -> sizes.add(p.getMediaBox()));
            return sizes;
        }
    }
}
