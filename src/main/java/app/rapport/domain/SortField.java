package app.rapport.domain;

/** Columns the contacts list can be sorted by; each is an indexed ORDER BY in SQL. */
public enum SortField {
    NAME,
    ORGANISATION,
    EMAIL,
    PHONE,
    UPDATED
}
