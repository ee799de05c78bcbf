package app.rapport.io.printing;

/**
 * The two looks of printed text. Each is Noto Sans (Latin, Cyrillic, Greek) with Noto Sans Thai for
 * Thai, because PDFBox draws every string in one font and has no fallback of its own.
 */
enum FontStyle {
    REGULAR(FontFile.SANS, FontFile.THAI),
    BOLD(FontFile.SANS_BOLD, FontFile.THAI_BOLD);

    /** Highest point above the baseline and lowest below it of any glyph in either font, per 1 pt of size. */
    static final float ASCENT = Math.max(FontFile.SANS.ascent(), FontFile.THAI.ascent()) / 1000f;
    static final float DESCENT = Math.max(FontFile.SANS.descent(), FontFile.THAI.descent()) / 1000f;
    /** Distance between baselines per 1 pt of size; Thai marks above and below need more than Latin. */
    static final float LEADING = 1.3f;

    private final FontFile primary;
    private final FontFile thai;

    FontStyle(FontFile primary, FontFile thai) {
        this.primary = primary;
        this.thai = thai;
    }

    FontFile primary() {
        return primary;
    }

    FontFile thai() {
        return thai;
    }
}
