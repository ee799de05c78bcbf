package app.rapport.io.importing;

/** What a file to import holds. {@link #AUTO} looks at the content, never at the file's name. */
public enum FileFormat {
    AUTO,
    VCARD,
    GOOGLE_CSV,
    OUTLOOK_CSV,
    LINKEDIN_CSV,
    /** Thunderbird's address book export, in English or its localized headers */
    THUNDERBIRD_CSV,
    /** any other CSV, read through a column mapping the user chose */
    CSV
}
