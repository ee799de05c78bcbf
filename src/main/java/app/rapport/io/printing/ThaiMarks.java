package app.rapport.io.printing;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where Thai marks go when they stack. Noto Sans Thai places them with OpenType positioning (GPOS),
 * which PDFBox does not apply: without this a tone mark after an upper vowel (ที่) is drawn inside the
 * vowel, and marks over ป ฝ ฟ ฬ collide with their tall stem. Offsets come from the font's glyph bounds.
 * Only the rise moves a mark vertically (text rise); a shift moves it left within the same text, so
 * text extraction still reads the characters in their order.
 */
final class ThaiMarks {
    /** How far one mark is moved: left by {@code shift} and up by {@code rise}, in 1/1000 em. */
    record Offset(float shift, float rise) {
        static final Offset NONE = new Offset(0, 0);

        boolean isNone() {
            return shift == 0 && rise == 0;
        }
    }

    private static final float GAP = 40;
    private static final float STEM_AND_GAP = 100;
    private static final int SARA_AM = 0x0E33;

    private ThaiMarks() {
    }

    static boolean isAboveVowel(int cp) {
        return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E37) || cp == 0x0E47 || cp == 0x0E4D;
    }

    static boolean isToneMark(int cp) {
        return cp >= 0x0E48 && cp <= 0x0E4C;
    }

    static boolean isTall(int cp) {
        return cp == 0x0E1B || cp == 0x0E1D || cp == 0x0E1F || cp == 0x0E2C;
    }

    /**
     * The offset of the mark at {@code index} in {@code text} (a run in the Thai font), or NONE.
     * A tone mark rises above an upper vowel before it or the nikhahit of a sara am after it; marks
     * over a tall consonant move left of its stem.
     */
    static Offset offset(FontFile font, String text, int index) {
        int cp = text.charAt(index);
        if (!isToneMark(cp) && !isAboveVowel(cp)) {
            return Offset.NONE;
        }
        int base = index - 1;
        boolean afterUpperVowel = false;
        while (base >= 0 && (isToneMark(text.charAt(base)) || isAboveVowel(text.charAt(base))
                || text.charAt(base) == 0x0E38 || text.charAt(base) == 0x0E39 || text.charAt(base) == 0x0E3A)) {
            afterUpperVowel |= isAboveVowel(text.charAt(base));
            base--;
        }
        float rise = 0;
        if (isToneMark(cp)) {
            boolean beforeSaraAm = index + 1 < text.length() && text.charAt(index + 1) == SARA_AM;
            if (afterUpperVowel || beforeSaraAm) {
                rise = raise(font, cp);
            }
        }
        float shift = 0;
        // a raised tone mark already clears the stem; moving it left too would also put it before the vowel
        // under it in the text PDF readers extract (they order marks by position)
        if (rise == 0 && base >= 0 && isTall(text.charAt(base))) {
            shift = shiftFromStem(font, text.charAt(base), cp);
        }
        return shift == 0 && rise == 0 ? Offset.NONE : new Offset(shift, rise);
    }

    private static float raise(FontFile font, int tone) {
        PDRectangle toneBox = font.thaiBox(tone);
        if (toneBox == null) {
            return 0;
        }
        float top = 0;
        for (int v = 0x0E31; v <= 0x0E4D; v++) {
            PDRectangle box = isAboveVowel(v) ? font.thaiBox(v) : null;
            if (box != null) {
                top = Math.max(top, box.getUpperRightY());
            }
        }
        return Math.max(0, top + GAP - toneBox.getLowerLeftY());
    }

    private static float shiftFromStem(FontFile font, int consonant, int mark) {
        PDRectangle base = font.thaiBox(consonant);
        PDRectangle box = font.thaiBox(mark);
        if (base == null || box == null) {
            return 0;
        }
        // marks have no advance: they sit left of the pen, which is at the consonant's advance
        float markRight = font.advance(consonant) + box.getUpperRightX();
        return Math.max(0, markRight - (base.getUpperRightX() - STEM_AND_GAP));
    }
}
