package app.rapport.io.printing;

/**
 * A sheet of labels in a regular grid, all measures in points: the top-left label starts {@code top}
 * and {@code left} from the sheet's edges, the next one across {@code horizontalPitch} further (label
 * plus gap), the next one down {@code verticalPitch} further. A grid that does not fit its sheet is
 * rejected with a {@link PrintException}.
 */
public record LabelTemplate(String id, String name, PaperSize paper, double top, double left,
                            double horizontalPitch, double verticalPitch, double labelWidth, double labelHeight,
                            int columns, int rows) implements Stationery {
    /** Avery 5160: US Letter, 3 × 10 labels of 2⅝" × 1". */
    public static final LabelTemplate AVERY_5160 = inches("avery-5160", "Avery 5160", 0.5, 0.1875, 2.75, 1.0,
            2.625, 1.0, 3, 10);
    /** Avery 8160: the inkjet version of 5160, same layout. */
    public static final LabelTemplate AVERY_8160 = inches("avery-8160", "Avery 8160", 0.5, 0.1875, 2.75, 1.0,
            2.625, 1.0, 3, 10);
    /** Avery L7160: A4, 3 × 7 labels of 63.5 × 38.1 mm. */
    public static final LabelTemplate AVERY_L7160 = mm("avery-l7160", "Avery L7160", 15.15, 7.25, 66.04, 38.1,
            63.5, 38.1, 3, 7);
    /** Avery L7163: A4, 2 × 7 labels of 99.1 × 38.1 mm. */
    public static final LabelTemplate AVERY_L7163 = mm("avery-l7163", "Avery L7163", 15.15, 4.65, 101.6, 38.1,
            99.1, 38.1, 2, 7);

    /** Tolerance for published measures rounded to 0.01 mm or 1/16". */
    private static final double SLACK = 0.5;

    public LabelTemplate {
        if (columns < 1 || rows < 1 || !(labelWidth > 0) || !(labelHeight > 0) || !(top >= 0) || !(left >= 0)
                || !(horizontalPitch >= 0) || !(verticalPitch >= 0)) {
            throw new PrintException(PrintException.LABEL_GRID_INVALID);
        }
        // the pitch only matters when there is a next label across or down
        if ((columns > 1 && horizontalPitch + SLACK < labelWidth) || (rows > 1 && verticalPitch + SLACK < labelHeight)) {
            throw new PrintException(PrintException.LABELS_OVERLAP);
        }
        double across = left + (columns - 1) * horizontalPitch + labelWidth;
        if (across > paper.width() + SLACK) {
            throw new PrintException(PrintException.LABELS_TOO_WIDE, columns, mm1(across), mm1(paper.width()));
        }
        double down = top + (rows - 1) * verticalPitch + labelHeight;
        if (down > paper.height() + SLACK) {
            throw new PrintException(PrintException.LABELS_TOO_TALL, rows, mm1(down), mm1(paper.height()));
        }
    }

    /** A user-defined grid, measures in millimetres. */
    public static LabelTemplate custom(PaperSize paper, double topMm, double leftMm, double horizontalPitchMm,
                                       double verticalPitchMm, double labelWidthMm, double labelHeightMm,
                                       int columns, int rows) {
        return new LabelTemplate(CUSTOM, "Custom", paper, Units.mm(topMm), Units.mm(leftMm),
                Units.mm(horizontalPitchMm), Units.mm(verticalPitchMm), Units.mm(labelWidthMm),
                Units.mm(labelHeightMm), columns, rows);
    }

    public int perSheet() {
        return columns * rows;
    }

    /** Distance from the sheet's left edge to the label at {@code position} (0 = top-left, across then down). */
    public double x(int position) {
        return left + (position % columns) * horizontalPitch;
    }

    /** Distance from the sheet's top edge to the top of the label at {@code position}. */
    public double yFromTop(int position) {
        return top + (position / columns) * verticalPitch;
    }

    private static LabelTemplate mm(String id, String name, double top, double left, double hPitch, double vPitch,
                                    double width, double height, int columns, int rows) {
        return new LabelTemplate(id, name, PaperSize.A4, Units.mm(top), Units.mm(left), Units.mm(hPitch),
                Units.mm(vPitch), Units.mm(width), Units.mm(height), columns, rows);
    }

    private static LabelTemplate inches(String id, String name, double top, double left, double hPitch,
                                        double vPitch, double width, double height, int columns, int rows) {
        return new LabelTemplate(id, name, PaperSize.LETTER, Units.inches(top), Units.inches(left),
                Units.inches(hPitch), Units.inches(vPitch), Units.inches(width), Units.inches(height), columns, rows);
    }

    /** Millimetres with one decimal, for messages. */
    private static String mm1(double points) {
        return String.format(java.util.Locale.ROOT, "%.1f", Units.toMm(points));
    }
}
