package app.rapport.domain.contacts;

/** A contact is a person or an organisation (a brand, company or group). */
public enum ContactKind {
    PERSON,
    ORGANISATION
}
