package app.rapport.service.network;

import app.rapport.domain.network.Bounds;
import app.rapport.domain.network.Community;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.MapBuilder;
import app.rapport.domain.network.MapColour;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapLabels;
import app.rapport.domain.network.MapPalette;
import app.rapport.domain.network.MapView;
import app.rapport.domain.network.Point;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The network map as a PNG without a window, for the command line: Java2D draws headless, where
 * JavaFX needs a screen. It paints the same {@link MapDrawing} the window paints (people round,
 * organisations square, colour by community, size by connections, Me dark), fitted to the picture,
 * nodes at full size and no more than {@link MapLabels#BUDGET} of the largest labelled.
 */
public final class NetworkPicture {
    private static final float[] DASHED = {6, 4};
    private static final float[] DOTTED = {2, 4};

    private NetworkPicture() {
    }

    /** What the picture shows: nodes sized by connections and coloured by community, as the window shows them. */
    public static MapDrawing drawing(NetworkGraph g, GraphMetrics metrics, Layout layout) {
        Map<Integer, Integer> colours = metrics.communityColours();
        return MapBuilder.of(g.nodes(), g.edges(), layout.positions())
                .sizedBy(g::degree)
                .colouredBy(n -> colours.getOrDefault(metrics.communityOf(n.id()), MapPalette.GREY))
                .build();
    }

    public static BufferedImage draw(NetworkGraph g, GraphMetrics metrics, Layout layout, int width, int height) {
        return paint(drawing(g, metrics, layout), width, height);
    }

    /** Paints a drawing fitted into a picture of {@code width} × {@code height} pixels. */
    public static BufferedImage paint(MapDrawing drawing, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(awt(MapPalette.BACKGROUND));
            g2.fillRect(0, 0, width, height);
            MapView view = MapView.fit(drawing, width, height);
            for (MapDrawing.Edge e : drawing.edges()) {
                float w = (float) e.width();
                g2.setStroke(e.style() == 0 ? new BasicStroke(w)
                        : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, e.style() == 1 ? DASHED : DOTTED, 0));
                g2.setColor(awt(e.stroke()));
                g2.draw(new Line2D.Double(view.x(e.x1()), view.y(e.y1()), view.x(e.x2()), view.y(e.y2())));
            }
            for (MapDrawing.Node n : drawing.nodes()) {
                double r = n.radius();
                double x = view.x(n.x());
                double y = view.y(n.y());
                g2.setColor(awt(n.fill()));
                g2.fill(shape(n, x - r, y - r, 2 * r));
                if (n.highlighted() || n.flagged()) {
                    g2.setStroke(new BasicStroke(2));
                    g2.setColor(awt(n.flagged() ? MapPalette.FLAGGED_RING : MapPalette.HIGHLIGHT_RING));
                    g2.draw(n.person() ? new Ellipse2D.Double(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4)
                            : new Rectangle2D.Double(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4));
                }
            }
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (MapLabels.Label l : MapLabels.choose(drawing, view, width, height, 1, MapLabels.BUDGET, id -> false)) {
                double[] box = l.box();
                g2.setColor(awt(MapPalette.LABEL_BACKDROP));
                g2.fill(new Rectangle2D.Double(box[0], box[1], box[2] - box[0], box[3] - box[1]));
                String text = l.text();
                while (text.length() > 1 && g2.getFontMetrics().stringWidth(text) > MapLabels.WIDEST) {
                    text = text.substring(0, text.length() - 1);
                }
                g2.setColor(awt(MapPalette.LABEL));
                g2.drawString(text, (float) (l.x() - g2.getFontMetrics().stringWidth(text) / 2.0), (float) l.y());
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static Shape shape(MapDrawing.Node n, double x, double y, double size) {
        // organisations are squares with rounded corners
        return n.person() ? new Ellipse2D.Double(x, y, size, size)
                : new RoundRectangle2D.Double(x, y, size, size, size * 0.3, size * 0.3);
    }

    private static Color awt(MapColour c) {
        return new Color(c.argb(), true);
    }

    /** @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written */
    public static void write(NetworkGraph g, GraphMetrics metrics, Layout layout, int width, int height, Path out,
                             OutputGuard outputs) {
        BufferedImage image = draw(g, metrics, layout, width, height);
        OutputFile.write(out, outputs, stream -> png(image, stream));
    }

    /** Encodes a picture as PNG. */
    public static void png(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer");
        }
    }
}
