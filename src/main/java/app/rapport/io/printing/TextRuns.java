package app.rapport.io.printing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits text into runs of one font each and measures it. A character neither font has is replaced,
 * never an exception (one odd character in a name must not stop a print run): typographic signs by the
 * nearest plain ones (the minus sign by a hyphen-minus, curly quotes by straight ones), other spaces by
 * a space, others by their compatibility decomposition when the fonts have that, and only what none of
 * these covers (Chinese, emoji) by U+FFFD.
 */
final class TextRuns {
    static final String REPLACEMENT = "\uFFFD";

    /** Signs the bundled fonts may lack, and what is printed instead: nearest first. */
    private static final Map<Integer, String> NEAREST = Map.ofEntries(
            Map.entry(0x2212, "-"), // minus sign, as in "(−7)"
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x2013, "-"), Map.entry(0x2014, "-"), Map.entry(0x2015, "-"),
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, ","), Map.entry(0x201B, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x201F, "\""),
            Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""), Map.entry(0x2039, "'"), Map.entry(0x203A, "'"),
            Map.entry(0x2022, "·"), Map.entry(0x2026, "..."), Map.entry(0x2032, "'"), Map.entry(0x2033, "\""),
            Map.entry(0x2264, "<="), Map.entry(0x2265, ">="), Map.entry(0x00D7, "x"), Map.entry(0x2192, "->"),
            Map.entry(0x2190, "<-"), Map.entry(0x2248, "~"), Map.entry(0x2260, "!="));

    /** A stretch of text drawn in one font. */
    record Run(FontFile font, String text) {
    }

    private TextRuns() {
    }

    /** The text as it will be drawn: controls become spaces, characters no font has are replaced. */
    static String printable(String text, FontStyle style) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!covered(cp, style) || Character.isISOControl(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(substitute(cp, style));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Runs of printable text; neutral characters (spaces, digits, marks) stay in the font already in use. */
    static List<Run> runs(String text, FontStyle style) {
        String s = printable(text, style);
        List<Run> runs = new ArrayList<>(2);
        FontFile current = null;
        int start = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            FontFile font = current != null && current.has(cp) && !Character.isLetter(cp) ? current
                    : style.primary().has(cp) ? style.primary() : style.thai();
            if (font != current) {
                if (current != null) {
                    runs.add(new Run(current, s.substring(start, i)));
                }
                current = font;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(current, s.substring(start)));
        }
        return runs;
    }

    /** Width in points at the given size, as drawn. */
    static float width(String text, FontStyle style, float size) {
        float units = 0;
        for (Run run : runs(text, style)) {
            String t = run.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                units += run.font().advance(cp);
                i += Character.charCount(cp);
            }
        }
        return units * size / 1000f;
    }

    private static boolean covered(int cp, FontStyle style) {
        return style.primary().has(cp) || style.thai().has(cp);
    }

    private static String substitute(int cp, FontStyle style) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " "; // no-break and narrow spaces too (numbers in Russian and French use them)
        }
        String nearest = NEAREST.get(cp);
        if (nearest != null && nearest.codePoints().allMatch(c -> covered(c, style))) {
            return nearest;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return ""; // invisible joiners and marks: nothing to draw
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (covered(c, style)) {
                out.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return REPLACEMENT;
            }
        }
        return out.length() == 0 ? REPLACEMENT : out.toString();
    }
}
