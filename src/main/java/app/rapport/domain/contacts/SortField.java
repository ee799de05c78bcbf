package app.rapport.domain.contacts;

/** Columns the contacts list can be sorted by; each is an indexed ORDER BY in SQL. */
public enum SortField {
    NAME,
    ORGANISATION,
    EMAIL,
    PHONE,
    UPDATED,
    /** the day of the last interaction; never-contacted first when ascending */
    LAST_INTERACTION,
    /** the next keep-in-touch due date; contacts without a cadence last when ascending */
    NEXT_DUE,
    /** the social-capital score; not yet computed first when ascending */
    SCORE
}
