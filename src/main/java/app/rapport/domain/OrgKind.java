package app.rapport.domain;

/** What kind of organisation a contact is. */
public enum OrgKind {
    COMPANY,
    BRAND,
    GROUP,
    OTHER
}
