package app.rapport.io.printing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits lines into a box: the largest size from the preferred one down to the minimum at which every line
 * fits unbroken (address lines stay whole, as the post reads them), else the largest at which they fit
 * wrapped, else the minimum size cut with an ellipsis. Nothing it returns is wider or taller than the box.
 */
final class TextFit {
    static final String ELLIPSIS = "\u2026";
    private static final float STEP = 0.5f;
    /** Line breaking for Thai uses a dictionary (Thai has no spaces between words); others break at spaces. */
    private static final Locale BREAKS = Locale.forLanguageTag("th");

    private TextFit() {
    }

    static FittedText fit(List<String> lines, FontStyle style, float width, float height, float preferred, float minimum) {
        List<String> split = split(lines);
        float min = Math.min(minimum, preferred);
        for (float size = preferred; size >= min; size = next(size, min)) {
            if (FittedText.height(split.size(), size) <= height && allFit(split, style, size, width)) {
                return new FittedText(split, style, size, false);
            }
        }
        for (float size = preferred; size >= min; size = next(size, min)) {
            List<String> wrapped = wrapAll(split, style, size, width);
            if (FittedText.height(wrapped.size(), size) <= height) {
                return new FittedText(wrapped, style, size, false);
            }
        }
        return truncate(wrapAll(split, style, min, width), style, min, width, maxLines(height, min));
    }

    /** The lines with any line breaks inside them split out, each without surrounding spaces. */
    static List<String> split(List<String> lines) {
        List<String> split = new ArrayList<>();
        for (String line : lines) {
            for (String part : (line == null ? "" : line).split("\n", -1)) {
                split.add(part.strip());
            }
        }
        return split;
    }

    /** The most lines of this size whose block is no taller than {@code height}. */
    static int maxLines(float height, float size) {
        float first = (FontStyle.ASCENT + FontStyle.DESCENT) * size;
        if (height < first) {
            return 0;
        }
        return 1 + (int) Math.floor((height - first) / (size * FontStyle.LEADING) + 1e-4);
    }

    /** Keeps the first {@code max} lines; when some are dropped the last kept one ends in an ellipsis. */
    static FittedText truncate(List<String> lines, FontStyle style, float size, float width, int max) {
        if (lines.size() <= max) {
            return new FittedText(lines, style, size, false);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        if (!kept.isEmpty()) {
            kept.set(max - 1, withEllipsis(kept.get(max - 1), style, size, width));
        }
        return new FittedText(kept, style, size, true);
    }

    static List<String> wrapAll(List<String> lines, FontStyle style, float size, float width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(wrap(line, style, size, width));
        }
        return out;
    }

    /** Breaks one line at spaces (and between Thai words); a word too long alone is broken between characters. */
    static List<String> wrap(String line, FontStyle style, float size, float width) {
        if (TextRuns.width(line, style, size) <= width) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(BREAKS);
        breaks.setText(line);
        String current = "";
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = line.substring(start, end);
            String candidate = current + segment;
            if (TextRuns.width(candidate.stripTrailing(), style, size) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isBlank()) {
                out.add(current.strip());
            }
            current = segment;
            if (TextRuns.width(segment.stripTrailing(), style, size) > width) {
                List<String> pieces = breakWord(segment.strip(), style, size, width);
                out.addAll(pieces.subList(0, pieces.size() - 1));
                current = pieces.get(pieces.size() - 1) + " ";
            }
        }
        if (!current.isBlank()) {
            out.add(current.strip());
        }
        List<String> safe = new ArrayList<>(out.size());
        for (String l : out) {
            safe.add(clip(l, style, size, width));
        }
        return safe;
    }

    /** The line itself if it fits, else as much as fits followed by an ellipsis. */
    static String clip(String line, FontStyle style, float size, float width) {
        if (TextRuns.width(line, style, size) <= width) {
            return line;
        }
        return withEllipsis(line, style, size, width);
    }

    /** The line ending in an ellipsis, shortened between characters until it fits; empty if not even "…" fits. */
    static String withEllipsis(String line, FontStyle style, float size, float width) {
        String text = line.stripTrailing();
        if (text.endsWith(ELLIPSIS)) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        List<Integer> bounds = graphemeBounds(text);
        for (int i = bounds.size() - 1; i >= 0; i--) {
            String candidate = text.substring(0, bounds.get(i)).stripTrailing() + ELLIPSIS;
            if (TextRuns.width(candidate, style, size) <= width) {
                return candidate;
            }
        }
        return "";
    }

    private static List<String> breakWord(String word, FontStyle style, float size, float width) {
        List<String> pieces = new ArrayList<>();
        List<Integer> bounds = graphemeBounds(word);
        int from = 0;
        int lastFit = 0;
        for (int b : bounds) {
            if (b == 0) {
                continue;
            }
            if (TextRuns.width(word.substring(from, b), style, size) <= width) {
                lastFit = b;
            } else {
                int cut = lastFit > from ? lastFit : b; // a single character wider than the box: clip() deals with it
                pieces.add(word.substring(from, cut));
                from = cut;
                lastFit = b > cut && TextRuns.width(word.substring(from, b), style, size) <= width ? b : from;
            }
        }
        pieces.add(word.substring(from));
        return pieces;
    }

    /** Offsets where a character (with its marks) ends, starting with 0. */
    private static List<Integer> graphemeBounds(String text) {
        BreakIterator chars = BreakIterator.getCharacterInstance(BREAKS);
        chars.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int b = chars.first(); b != BreakIterator.DONE; b = chars.next()) {
            bounds.add(b);
        }
        return bounds;
    }

    private static boolean allFit(List<String> lines, FontStyle style, float size, float width) {
        for (String line : lines) {
            if (TextRuns.width(line, style, size) > width) {
                return false;
            }
        }
        return true;
    }

    private static float next(float size, float min) {
        if (size <= min) {
            return -1; // done: the minimum was just tried
        }
        return Math.max(min, size - STEP);
    }
}
