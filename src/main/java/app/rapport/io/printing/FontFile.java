package app.rapport.io.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One bundled TrueType file, read once per JVM: which characters it has and how wide they are, so text
 * can be measured and split by font without a document. Measures are in 1/1000 em, as PDF widths are.
 */
final class FontFile {
    static final FontFile SANS = load("NotoSans-Regular.ttf");
    static final FontFile SANS_BOLD = load("NotoSans-Bold.ttf");
    static final FontFile THAI = load("NotoSansThai-Regular.ttf");
    static final FontFile THAI_BOLD = load("NotoSansThai-Bold.ttf");

    private static final int BMP = 0x10000;

    private final String name;
    private final byte[] bytes;
    private final BitSet chars = new BitSet(BMP);
    private final float[] advances = new float[BMP];
    private final Map<Integer, PDRectangle> thaiBoxes = new HashMap<>();
    private final float ascent;
    private final float descent;

    private FontFile(String name, byte[] bytes) throws IOException {
        this.name = name;
        this.bytes = bytes;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            float scale = 1000f / ttf.getUnitsPerEm();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    chars.set(cp);
                    advances[cp] = ttf.getAdvanceWidth(gid) * scale;
                    if (cp >= 0x0E00 && cp <= 0x0E7F) {
                        GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                        if (glyph != null) {
                            PDRectangle box = new PDRectangle(glyph.getBoundingBox());
                            thaiBoxes.put(cp, new PDRectangle(box.getLowerLeftX() * scale, box.getLowerLeftY() * scale,
                                    box.getWidth() * scale, box.getHeight() * scale));
                        }
                    }
                }
            }
            ascent = ttf.getHorizontalHeader().getAscender() * scale;
            descent = -ttf.getHorizontalHeader().getDescender() * scale;
        }
    }

    private static FontFile load(String file) {
        try (InputStream in = FontFile.class.getResourceAsStream("/app/rapport/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return new FontFile(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " cannot be read", e);
        }
    }

    boolean has(int codePoint) {
        return codePoint < BMP && chars.get(codePoint);
    }

    /** Advance width in 1/1000 em; 0 for characters the font lacks. */
    float advance(int codePoint) {
        return codePoint < BMP ? advances[codePoint] : 0;
    }

    /** Glyph bounds of a Thai character in 1/1000 em, or null; marks are placed from these. */
    PDRectangle thaiBox(int codePoint) {
        return thaiBoxes.get(codePoint);
    }

    float ascent() {
        return ascent;
    }

    float descent() {
        return descent;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return name;
    }
}
