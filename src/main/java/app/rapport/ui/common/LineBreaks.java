package app.rapport.ui.common;

import java.text.BreakIterator;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where wrapped text ends each line, found as JavaFX finds it: at the line-break opportunities of the
 * JDK's {@link BreakIterator} for the default locale (dictionary words in Thai), each line as long as
 * fits the width, measured in the font. Used on the FX thread only (it measures with one shared node).
 */
final class LineBreaks {
    private static final Text MEASURE = new Text();

    private LineBreaks() {
    }

    /** {@code text} with a line break at the end of each line it wraps into at {@code width}. */
    static String of(String text, Font font, double width) {
        MEASURE.setFont(font);
        StringBuilder out = new StringBuilder(text.length() + 8);
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            paragraph(paragraphs[p], width, out);
        }
        return out.toString();
    }

    private static void paragraph(String text, double width, StringBuilder out) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int lineStart = 0;
        int fitted = 0; // where the line could end so far
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            // trailing spaces hang past the edge, as JavaFX lets them
            if (fitted == lineStart || widthOf(text.substring(lineStart, end).stripTrailing()) <= width) {
                fitted = end; // fits, or is the line's first word, which goes on it whatever its width
                continue;
            }
            out.append(text, lineStart, fitted).append('\n');
            lineStart = fitted;
            fitted = end;
        }
        out.append(text, lineStart, text.length());
    }

    private static double widthOf(String line) {
        MEASURE.setText(line);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
