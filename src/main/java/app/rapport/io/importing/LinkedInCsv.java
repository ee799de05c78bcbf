package app.rapport.io.importing;

import java.util.List;

/**
 * LinkedIn's {@code Connections.csv}: a few lines of notes, then "First Name, Last Name, URL, Email
 * Address, Company, Position, Connected On". The day we connected is the day we met, on LinkedIn.
 */
final class LinkedInCsv implements CsvDialect {
    @Override
    public FileFormat format() {
        return FileFormat.LINKEDIN_CSV;
    }

    @Override
    public boolean recognises(List<String> header) {
        return CsvDialect.has(header, "First Name") && CsvDialect.has(header, "Last Name")
                && (CsvDialect.has(header, "Connected On")
                || CsvDialect.has(header, "Position") && CsvDialect.has(header, "URL"));
    }

    @Override
    public CsvColumn column(String header) {
        return switch (CsvDialect.lower(header)) {
            case "first name" -> CsvColumn.of(CsvField.GIVEN_NAME);
            case "last name" -> CsvColumn.of(CsvField.FAMILY_NAME);
            case "email address" -> CsvColumn.of(CsvField.EMAIL);
            case "company" -> CsvColumn.of(CsvField.ORGANISATION);
            case "position" -> CsvColumn.of(CsvField.TITLE);
            case "url" -> CsvColumn.of(CsvField.WEBSITE, "url", "LinkedIn");
            case "connected on" -> CsvColumn.of(CsvField.MET_ON);
            default -> CsvColumn.UNKNOWN;
        };
    }

    @Override
    public String metThrough() {
        return "LinkedIn";
    }
}
