package app.rapport.io.printing;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws fitted lines downwards from the top of their box. */
final class TextBlock {
    private TextBlock() {
    }

    /** Draws the lines left-aligned at {@code x}, the first line's tallest glyph touching {@code top}. */
    static void draw(PDPageContentStream cs, PdfFonts fonts, FittedText text, float x, float top) throws IOException {
        float baseline = top - FontStyle.ASCENT * text.size();
        for (String line : text.lines()) {
            fonts.show(cs, line, text.style(), text.size(), x, baseline);
            baseline -= text.leading();
        }
    }

    /** Draws one line centred on {@code centreX}. */
    static void centred(PDPageContentStream cs, PdfFonts fonts, String line, FontStyle style, float size,
                        float centreX, float baseline) throws IOException {
        float width = TextRuns.width(line, style, size);
        fonts.show(cs, line, style, size, centreX - width / 2, baseline);
    }
}
