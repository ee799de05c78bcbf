package app.rapport.io.importing;

/** What a CSV column holds. The user picks one per column of a generic CSV file. */
public enum CsvField {
    IGNORE,
    FULL_NAME,
    GIVEN_NAME,
    MIDDLE_NAME,
    FAMILY_NAME,
    NAME_PREFIX,
    NAME_SUFFIX,
    NICKNAME,
    ORGANISATION,
    TITLE,
    BIRTHDAY,
    /** the birthday's year, month and day in columns of their own (Thunderbird) */
    BIRTH_YEAR,
    BIRTH_MONTH,
    BIRTH_DAY,
    NOTES,
    TAGS,
    EMAIL,
    PHONE,
    WEBSITE,
    STREET,
    LOCALITY,
    REGION,
    POSTAL_CODE,
    COUNTRY,
    /** a whole address in one cell; its lines become the street */
    ADDRESS,
    /** the day we met or connected */
    MET_ON,
    /** the label of the email, phone, address or web address it goes with (the address, in a generic file) */
    LABEL
}
