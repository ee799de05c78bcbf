package app.rapport.io.printing;

/** An envelope, printed landscape: width is the long side. Measures in points. */
public record EnvelopeFormat(String id, String name, double width, double height) implements Stationery {
    public static final EnvelopeFormat DL = new EnvelopeFormat("envelope-dl", "DL (220 × 110 mm)", Units.mm(220),
            Units.mm(110));
    public static final EnvelopeFormat C5 = new EnvelopeFormat("envelope-c5", "C5 (229 × 162 mm)", Units.mm(229),
            Units.mm(162));
    public static final EnvelopeFormat C6 = new EnvelopeFormat("envelope-c6", "C6 (162 × 114 mm)", Units.mm(162),
            Units.mm(114));
    public static final EnvelopeFormat US10 = new EnvelopeFormat("envelope-us10", "US #10 (9½ × 4⅛ in)",
            Units.inches(9.5), Units.inches(4.125));

    public EnvelopeFormat {
        if (!(width > 0) || !(height > 0)) {
            throw new PrintException(PrintException.PAPER_INVALID);
        }
        if (height > width) { // always landscape, whichever way round it was given
            double w = width;
            width = height;
            height = w;
        }
    }

    public PaperSize paper() {
        return new PaperSize(name, width, height);
    }
}
