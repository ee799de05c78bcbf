package app.rapport.io.printing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A contact brief on exactly one page. Text shrinks a little to fit; if it is still too long, the
 * longest sections lose lines from their end, each cut section ending in "…", so every section keeps
 * its first lines rather than the last sections vanishing.
 */
public final class BriefPdf {
    private static final float MARGIN = (float) Units.mm(18);
    private static final float TITLE_SIZE = 20;
    private static final float SUBTITLE_SIZE = 12;
    private static final float HEADING_SIZE = 12;
    private static final float BODY_SIZE = 10;
    private static final float MIN_BODY_SIZE = 8;
    private static final float GAP_AFTER_HEADING = 3;
    private static final float GAP_BETWEEN_SECTIONS = 12;
    private static final float GAP_AFTER_HEAD = 14;
    private static final float PHOTO_SIDE = (float) Units.mm(28);
    private static final float PHOTO_GAP = (float) Units.mm(4);

    private BriefPdf() {
    }

    /** Writes the brief to {@code target} as one page of {@code paper}. */
    public static void write(Path target, Brief brief, PaperSize paper) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            draw(document, fonts, brief, paper);
            PdfFile.save(document, target);
        } catch (IOException e) {
            throw PdfFile.cannotWrite(target, e);
        }
    }

    private static void draw(PDDocument document, PdfFonts fonts, Brief brief, PaperSize paper) throws IOException {
        PDRectangle size = new PDRectangle((float) paper.width(), (float) paper.height());
        PDPage page = new PDPage(size);
        document.addPage(page);
        float width = size.getWidth() - 2 * MARGIN;
        PDImageXObject photo = photo(document, brief.photo());
        // the title and subtitle leave room for the photo at the top right
        float headWidth = photo == null ? width : width - PHOTO_SIDE - PHOTO_GAP;
        FittedText title = TextFit.fit(List.of(brief.title()), FontStyle.BOLD, headWidth,
                FittedText.height(2, TITLE_SIZE), TITLE_SIZE, 14);
        FittedText subtitle = TextFit.fit(List.of(brief.subtitle()), FontStyle.REGULAR, headWidth,
                FittedText.height(2, SUBTITLE_SIZE), SUBTITLE_SIZE, 9);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            float y = size.getHeight() - MARGIN;
            float headTop = y;
            if (photo != null) {
                float scale = PHOTO_SIDE / Math.max(photo.getWidth(), photo.getHeight());
                float w = photo.getWidth() * scale;
                float h = photo.getHeight() * scale;
                cs.drawImage(photo, MARGIN + width - w, headTop - h, w, h);
            }
            TextBlock.draw(cs, fonts, title, MARGIN, y);
            y -= title.height() + 4;
            if (!brief.subtitle().isBlank()) {
                cs.setNonStrokingColor(0.3f);
                TextBlock.draw(cs, fonts, subtitle, MARGIN, y);
                cs.setNonStrokingColor(0f);
                y -= subtitle.height();
            }
            if (photo != null) {
                y = Math.min(y, headTop - PHOTO_SIDE);
            }
            y -= GAP_AFTER_HEAD / 2;
            cs.setStrokingColor(0.6f);
            cs.setLineWidth(0.6f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + width, y);
            cs.stroke();
            y -= GAP_AFTER_HEAD / 2;
            for (Block block : sections(brief.sections(), width, y - MARGIN)) {
                if (block.heading() != null) {
                    TextBlock.draw(cs, fonts, block.heading(), MARGIN, y);
                    y -= block.heading().height() + GAP_AFTER_HEADING;
                }
                TextBlock.draw(cs, fonts, block.body(), MARGIN, y);
                y -= block.body().height() + GAP_BETWEEN_SECTIONS;
            }
        }
    }

    /** The photo as a PDF image, or null when there is none or PDFBox cannot read it (the brief goes without). */
    private static PDImageXObject photo(PDDocument document, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return PDImageXObject.createFromByteArray(document, bytes, "photo");
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A section as drawn: its heading (or null) and its body lines. */
    record Block(FittedText heading, FittedText body) {
        float height() {
            float h = body.height();
            if (heading != null) {
                h += heading.height() + (body.lines().isEmpty() ? 0 : GAP_AFTER_HEADING);
            }
            return h;
        }
    }

    /** The sections at the largest body size that fits {@code height}, else cut from the longest. */
    static List<Block> sections(List<Brief.Section> sections, float width, float height) {
        for (float size = BODY_SIZE; size >= MIN_BODY_SIZE; size -= 0.5f) {
            List<Block> blocks = blocks(sections, width, size, null);
            if (total(blocks) <= height) {
                return blocks;
            }
        }
        List<List<String>> wrapped = new ArrayList<>();
        for (Brief.Section section : sections) {
            wrapped.add(TextFit.wrapAll(TextFit.split(section.lines()), FontStyle.REGULAR, MIN_BODY_SIZE, width));
        }
        int[] shown = wrapped.stream().mapToInt(List::size).toArray();
        List<Block> blocks = blocks(sections, width, MIN_BODY_SIZE, shown);
        while (total(blocks) > height) {
            int longest = -1;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] > 0 && (longest < 0 || shown[i] >= shown[longest])) {
                    longest = i;
                }
            }
            if (longest < 0) {
                break;
            }
            shown[longest]--;
            blocks = blocks(sections, width, MIN_BODY_SIZE, shown);
        }
        while (!blocks.isEmpty() && total(blocks) > height) {
            blocks = blocks.subList(0, blocks.size() - 1); // more headings than the page holds
        }
        return blocks;
    }

    private static List<Block> blocks(List<Brief.Section> sections, float width, float size, int[] shown) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Brief.Section section = sections.get(i);
            FittedText heading = section.heading().isBlank() ? null
                    : TextFit.fit(List.of(section.heading()), FontStyle.BOLD, width,
                    FittedText.height(1, HEADING_SIZE), HEADING_SIZE, HEADING_SIZE);
            List<String> lines = TextFit.wrapAll(TextFit.split(section.lines()), FontStyle.REGULAR, size, width);
            if (shown != null && shown[i] < lines.size()) {
                lines = new ArrayList<>(lines.subList(0, shown[i]));
                lines.add(TextFit.ELLIPSIS);
            }
            blocks.add(new Block(heading, new FittedText(lines, FontStyle.REGULAR, size, shown != null)));
        }
        return blocks;
    }

    private static float total(List<Block> blocks) {
        float total = 0;
        for (Block block : blocks) {
            total += block.height();
        }
        return total + Math.max(0, blocks.size() - 1) * GAP_BETWEEN_SECTIONS;
    }
}
