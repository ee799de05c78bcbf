package app.rapport.io.printing;

import java.util.List;

/** Lines chosen by {@link TextFit} and the size they are drawn at. */
record FittedText(List<String> lines, FontStyle style, float size, boolean truncated) {
    FittedText {
        lines = List.copyOf(lines);
    }

    static FittedText empty(FontStyle style, float size) {
        return new FittedText(List.of(), style, size, false);
    }

    float leading() {
        return size * FontStyle.LEADING;
    }

    /** From the top of the tallest glyph on the first line to the bottom of the deepest on the last. */
    float height() {
        return height(lines.size(), size);
    }

    static float height(int lineCount, float size) {
        return lineCount == 0 ? 0 : (lineCount - 1) * size * FontStyle.LEADING + (FontStyle.ASCENT + FontStyle.DESCENT) * size;
    }

    float width() {
        float max = 0;
        for (String line : lines) {
            max = Math.max(max, TextRuns.width(line, style, size));
        }
        return max;
    }
}
