package app.rapport.service.importing;

/** Why two contacts look like the same one. */
public enum MatchReason {
    /** the same email address, ignoring case */
    EMAIL,
    /** the same phone number once both are written in the international form */
    PHONE,
    /** the same name, ignoring case, accents and word order */
    NAME
}
