package app.rapport.io.printing;

/** A sheet or envelope size in points, width across and height down as it goes through the printer. */
public record PaperSize(String name, double width, double height) {
    public static final PaperSize A4 = new PaperSize("A4", Units.mm(210), Units.mm(297));
    public static final PaperSize LETTER = new PaperSize("Letter", Units.inches(8.5), Units.inches(11));

    /** The paper people use where the locale is: Letter in the US and Canada, A4 elsewhere. */
    public static PaperSize forLocale(java.util.Locale locale) {
        String country = locale.getCountry();
        return country.equals("US") || country.equals("CA") ? LETTER : A4;
    }

    public PaperSize {
        if (!(width > 0) || !(height > 0)) {
            throw new PrintException(PrintException.PAPER_INVALID);
        }
    }
}
