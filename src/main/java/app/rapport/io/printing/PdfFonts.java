package app.rapport.io.printing;

import java.io.Closeable;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts of one document, embedded as subsets (only the glyphs used) the first time each
 * is drawn, and the drawing of a line of text in runs by font. Close it after saving the document.
 */
final class PdfFonts implements Closeable {
    private final PDDocument document;
    private final Map<FontFile, PDType0Font> loaded = new IdentityHashMap<>();
    private final Map<FontFile, TrueTypeFont> parsed = new IdentityHashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(FontFile file) throws IOException {
        PDType0Font font = loaded.get(file);
        if (font == null) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file.bytes()));
            parsed.put(file, ttf);
            // Glyph substitution off: PDFBox applies it with a regular expression compiled per string (most of
            // the time of a sheet of labels), and without ligatures the drawn widths are the ones measured
            ttf.setEnableGsub(false);
            font = PDType0Font.load(document, ttf, true);
            loaded.put(file, font);
        }
        return font;
    }

    /** Draws one line with its baseline at y, starting at x. */
    void show(PDPageContentStream cs, String text, FontStyle style, float size, float x, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (TextRuns.Run run : TextRuns.runs(text, style)) {
            cs.setFont(font(run.font()), size);
            if (run.font() == style.thai()) {
                showThai(cs, run, size);
            } else {
                cs.showText(run.text());
            }
        }
        cs.endText();
    }

    /** Draws a Thai run, moving stacked marks where the font's positioning table would put them. */
    private static void showThai(PDPageContentStream cs, TextRuns.Run run, float size) throws IOException {
        String text = run.text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            ThaiMarks.Offset offset = ThaiMarks.offset(run.font(), text, i);
            if (offset.isNone()) {
                continue;
            }
            if (i > start) {
                cs.showText(text.substring(start, i));
            }
            if (offset.rise() != 0) {
                cs.setTextRise(offset.rise() * size / 1000f);
            }
            // in TJ a positive number moves the pen left; the mark has no advance, so move back after it
            cs.showTextWithPositioning(new Object[] {offset.shift(), text.substring(i, i + 1), -offset.shift()});
            if (offset.rise() != 0) {
                cs.setTextRise(0);
            }
            start = i + 1;
        }
        if (start < text.length()) {
            cs.showText(text.substring(start));
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : parsed.values()) {
            ttf.close();
        }
        parsed.clear();
    }
}
