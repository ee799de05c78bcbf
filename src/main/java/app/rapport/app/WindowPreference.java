package app.rapport.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window was and how wide the contact list's columns were, kept beside the language in
 * {@code preferences.properties} in the data folder (they belong to this computer's screen, not to a
 * database). Blocking file calls: read before the window exists, write off the FX thread.
 */
public final class WindowPreference {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPreference.class);
    private static final String BOUNDS = "window.bounds";
    private static final String MAXIMIZED = "window.maximized";
    private static final String COLUMN = "contacts.column.";
    private static final String DIVIDER = "window.divider";
    /** LanguagePreference writes the same file from the FX thread; one writer at a time. */
    private static final Object FILE_LOCK = new Object();

    /** The window's place and size on the screen. */
    public record Bounds(double x, double y, double width, double height) {
        /**
         * These bounds made to fit inside a screen's usable area: no wider or taller than it, moved in so that
         * no edge is off it. A window kept on a large monitor opens whole on a smaller one.
         */
        /**
         * The window's first place: {@code width} × {@code height} in the middle of the screen's usable area,
         * no larger than it (a 1366 × 768 laptop has less than 800 pixels of height to give).
         */
        public static Bounds first(double width, double height, double areaX, double areaY, double areaWidth,
                                   double areaHeight) {
            return new Bounds(areaX + (areaWidth - width) / 2, areaY + (areaHeight - height) / 2, width, height)
                    .within(areaX, areaY, areaWidth, areaHeight);
        }

        public Bounds within(double areaX, double areaY, double areaWidth, double areaHeight) {
            double w = Math.min(width, areaWidth);
            double h = Math.min(height, areaHeight);
            double left = Math.max(areaX, Math.min(x, areaX + areaWidth - w));
            double top = Math.max(areaY, Math.min(y, areaY + areaHeight - h));
            return new Bounds(left, top, w, h);
        }
    }

    /**
     * What is kept: the window's bounds (when not maximized), whether it was maximized, column widths by id,
     * and where the divider between the list and the contact stands (0 when not known).
     */
    public record State(Bounds bounds, boolean maximized, Map<String, Double> columns, double divider) {
    }

    private final Path file;

    public WindowPreference(Path folder) {
        this.file = folder.resolve("preferences.properties");
    }

    /** What was kept last time; empty when nothing was (or it cannot be read). */
    public Optional<State> read() {
        Properties p = load();
        Bounds bounds = parse(p.getProperty(BOUNDS, ""));
        Map<String, Double> columns = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(COLUMN)) {
                try {
                    double width = Double.parseDouble(p.getProperty(key));
                    if (width > 0 && width < 10_000) {
                        columns.put(key.substring(COLUMN.length()), width);
                    }
                } catch (NumberFormatException e) {
                    LOG.debug("Ignoring the kept width {}", key);
                }
            }
        }
        if (bounds == null && columns.isEmpty()) {
            return Optional.empty();
        }
        double divider = 0;
        try {
            double kept = Double.parseDouble(p.getProperty(DIVIDER, "0"));
            divider = kept > 0.1 && kept < 0.95 ? kept : 0; // a list or a contact never pushed out of sight
        } catch (NumberFormatException e) {
            LOG.debug("Ignoring the kept divider");
        }
        return Optional.of(new State(bounds, Boolean.parseBoolean(p.getProperty(MAXIMIZED, "false")), columns,
                divider));
    }

    /** Keeps the state; other preferences (the language) stay. A failure is logged, not thrown. */
    public void write(State state) {
        synchronized (FILE_LOCK) {
            Properties p = load();
            if (state.bounds() != null) {
                Bounds b = state.bounds();
                p.setProperty(BOUNDS, b.x() + "," + b.y() + "," + b.width() + "," + b.height());
            }
            p.setProperty(MAXIMIZED, Boolean.toString(state.maximized()));
            state.columns().forEach((id, width) -> p.setProperty(COLUMN + id, Double.toString(width)));
            if (state.divider() > 0) {
                p.setProperty(DIVIDER, Double.toString(state.divider()));
            }
            try {
                Files.createDirectories(file.getParent());
                Path temp = file.resolveSibling(file.getFileName() + ".new");
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    p.store(out, "Rapport preferences");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                LOG.warn("Could not keep the window's place in {}", file, e);
            }
        }
    }

    private static Bounds parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            Bounds b = new Bounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            return b.width() > 0 && b.height() > 0 ? b : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}", file, e);
            }
        }
        return p;
    }
}
