package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactSummary;

/**
 * A row of the contacts list: its id always, its summary once the page holding it has loaded, or
 * {@code unreadable} when that page could not be read.
 */
public record ContactRow(long id, ContactSummary summary, boolean unreadable) {
    public ContactRow(long id, ContactSummary summary) {
        this(id, summary, false);
    }

    static ContactRow unreadable(long id) {
        return new ContactRow(id, null, true);
    }

    public boolean loaded() {
        return summary != null;
    }
}
