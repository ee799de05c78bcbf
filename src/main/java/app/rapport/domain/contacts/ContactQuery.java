package app.rapport.domain.contacts;

import app.rapport.domain.Text;

/**
 * What the contacts list shows: search text, filters and order.
 *
 * @param text            what the user typed; empty for all contacts
 * @param kind            only this kind, or null for both
 * @param tag             only contacts with this tag, or null
 * @param includeArchived whether archived contacts are shown
 */
public record ContactQuery(String text, ContactKind kind, String tag, boolean includeArchived,
                           SortField sort, boolean ascending) {
    public static final ContactQuery ALL = new ContactQuery("", null, null, false, SortField.NAME, true);

    public ContactQuery {
        text = Text.clean(text);
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        sort = sort == null ? SortField.NAME : sort;
    }

    public static ContactQuery text(String text) {
        return new ContactQuery(text, null, null, false, SortField.NAME, true);
    }

    public ContactQuery withText(String value) {
        return new ContactQuery(value, kind, tag, includeArchived, sort, ascending);
    }

    public ContactQuery withKind(ContactKind value) {
        return new ContactQuery(text, value, tag, includeArchived, sort, ascending);
    }

    public ContactQuery withTag(String value) {
        return new ContactQuery(text, kind, value, includeArchived, sort, ascending);
    }

    public ContactQuery withArchived(boolean value) {
        return new ContactQuery(text, kind, tag, value, sort, ascending);
    }

    public ContactQuery sortedBy(SortField field, boolean asc) {
        return new ContactQuery(text, kind, tag, includeArchived, field, asc);
    }
}
