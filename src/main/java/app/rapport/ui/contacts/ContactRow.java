package app.rapport.ui.contacts;

import app.rapport.domain.ContactSummary;

/** A row of the contacts list: its id always, its summary once the page holding it has loaded. */
public record ContactRow(long id, ContactSummary summary) {
    public boolean loaded() {
        return summary != null;
    }
}
