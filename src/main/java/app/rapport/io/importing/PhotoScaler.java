package app.rapport.io.importing;

import app.rapport.domain.contacts.ContactPhoto;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Turns the bytes of a picture (JPEG, PNG, GIF, BMP: what the JDK's ImageIO reads) into a
 * {@link ContactPhoto}: a picture larger than {@value #MAX_SIDE} pixels a side is scaled down (and
 * stored as JPEG, or PNG when it has transparency); a small one is kept as it came. The thumbnail is
 * a {@value #THUMB_SIDE}-pixel square PNG cut from the middle.
 */
public final class PhotoScaler {
    public static final int MAX_SIDE = 512;
    public static final int THUMB_SIDE = 48;

    private PhotoScaler() {
    }

    /** The photo, or empty when the bytes are no picture ImageIO can read. */
    public static Optional<ContactPhoto> photo(byte[] bytes) {
        BufferedImage image;
        String mime;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                return Optional.empty();
            }
            mime = mimeOf(bytes);
            byte[] stored = bytes;
            if (Math.max(image.getWidth(), image.getHeight()) > MAX_SIDE || mime.isEmpty()) {
                double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
                int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
                int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
                boolean alpha = image.getColorModel().hasAlpha();
                BufferedImage scaled = draw(image, 0, 0, image.getWidth(), image.getHeight(), w, h, alpha);
                mime = alpha ? "image/png" : "image/jpeg";
                stored = encode(scaled, alpha ? "png" : "jpg");
            }
            int side = Math.min(image.getWidth(), image.getHeight());
            BufferedImage thumb = draw(image, (image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side,
                    THUMB_SIDE, THUMB_SIDE, true);
            return Optional.of(new ContactPhoto(mime, stored, encode(thumb, "png")));
        } catch (IOException | RuntimeException e) {
            // a damaged or unknown picture is reported by the caller; the contact itself is kept
            return Optional.empty();
        }
    }

    private static BufferedImage draw(BufferedImage source, int x, int y, int w, int h, int toW, int toH, boolean alpha) {
        BufferedImage out = new BufferedImage(toW, toH, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, toW, toH, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("No writer for " + format);
        }
        return out.toByteArray();
    }

    /** The media type from the picture's first bytes; empty for one kept only after re-encoding. */
    static String mimeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        }
        return "";
    }
}
