package app.rapport.domain.contacts;

/** What kind of organisation a contact is. */
public enum OrgKind {
    COMPANY,
    BRAND,
    GROUP,
    OTHER
}
