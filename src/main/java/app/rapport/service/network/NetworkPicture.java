package app.rapport.service.network;

import app.rapport.domain.network.Bounds;
import app.rapport.domain.network.Community;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The network map as a PNG without a window, for the command line: Java2D draws headless, where
 * JavaFX needs a screen. Same conventions as the window's map: people round, organisations square,
 * colour by community (largest first), size by connections, Me dark at the centre, the largest
 * nodes labelled.
 */
public final class NetworkPicture {
    private static final Color[] PALETTE = {
        new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37), new Color(0x8250df),
        new Color(0xbf8700), new Color(0xe16f24), new Color(0x1b7c83), new Color(0xbf3989),
        new Color(0x57606a), new Color(0x4d2d00), new Color(0x0550ae), new Color(0x116329),
    };
    private static final Color GREY = new Color(0x8c959f);
    private static final int LABELS = 40;

    private NetworkPicture() {
    }

    public static BufferedImage draw(NetworkGraph g, GraphMetrics metrics, Layout layout, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(new Color(0xfbfcfd));
            g2.fillRect(0, 0, width, height);
            Bounds b = layout.bounds();
            double scale = 0.9 * Math.min(width / Math.max(1e-6, b.width()), height / Math.max(1e-6, b.height()));
            double ox = width / 2.0 - scale * (b.minX() + b.width() / 2);
            double oy = height / 2.0 - scale * (b.minY() + b.height() / 2);
            Map<Integer, Color> colours = communityColours(metrics);
            g2.setStroke(new BasicStroke(0.7f));
            for (GraphEdge e : g.edges()) {
                if (!layout.contains(e.from()) || !layout.contains(e.to())) {
                    continue;
                }
                Point a = layout.point(e.from());
                Point c = layout.point(e.to());
                g2.setColor(new Color(0x8c, 0x95, 0x9f, e.isMine() ? 60 : 110));
                g2.draw(new Line2D.Double(a.x() * scale + ox, a.y() * scale + oy, c.x() * scale + ox, c.y() * scale + oy));
            }
            int maxDegree = g.nodes().stream().mapToInt(n -> g.degree(n.id())).max().orElse(1);
            for (GraphNode n : g.nodes()) {
                if (!layout.contains(n.id())) {
                    continue;
                }
                Point p = layout.point(n.id());
                double r = n.isMe() ? 14 : 4 + 12 * Math.sqrt((double) g.degree(n.id()) / Math.max(1, maxDegree));
                double x = p.x() * scale + ox;
                double y = p.y() * scale + oy;
                g2.setColor(n.isMe() ? new Color(0x24292f) : colours.getOrDefault(metrics.communityOf(n.id()), GREY));
                if (n.kind() == app.rapport.domain.contacts.ContactKind.ORGANISATION) {
                    g2.fill(new RoundRectangle2D.Double(x - r, y - r, 2 * r, 2 * r, r * 0.6, r * 0.6));
                } else {
                    g2.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g2.setColor(new Color(0x24292f));
            g.nodes().stream().filter(n -> layout.contains(n.id()))
                    .sorted(Comparator.comparingInt((GraphNode n) -> n.isMe() ? Integer.MAX_VALUE : g.degree(n.id())).reversed())
                    .limit(LABELS)
                    .forEach(n -> {
                        Point p = layout.point(n.id());
                        String label = n.isMe() ? "Me" : n.name();
                        int w = g2.getFontMetrics().stringWidth(label);
                        g2.drawString(label, (float) (p.x() * scale + ox - w / 2.0), (float) (p.y() * scale + oy + 26));
                    });
        } finally {
            g2.dispose();
        }
        return image;
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

    private static Map<Integer, Color> communityColours(GraphMetrics metrics) {
        Map<Integer, Color> colours = new HashMap<>();
        List<Community> bySize = metrics.communities().stream()
                .sorted(Comparator.comparingInt((Community c) -> c.members().size()).reversed()).toList();
        for (int i = 0; i < bySize.size() && i < PALETTE.length; i++) {
            colours.put(bySize.get(i).id(), PALETTE[i]);
        }
        return colours;
    }
}
