-- What address books keep beyond Rapport's own fields, so an import loses none of it and an export
-- writes it again: more nicknames, the department, an anniversary, a gender, messaging and social
-- profiles, related people by name. One row per value; single values (department, gender,
-- anniversary as yyyy-mm-dd or --mm-dd) have one row at position 0.
CREATE TABLE contact_extra (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    field      TEXT    NOT NULL CHECK (field IN ('NICKNAME', 'DEPARTMENT', 'ANNIVERSARY', 'GENDER', 'PROFILE', 'RELATED')),
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    value      TEXT    NOT NULL
);
CREATE INDEX contact_extra_by_contact ON contact_extra (contact_id, field, position);

-- A contact's photo in its own table so the list's queries never read it: the picture as imported
-- (scaled down to at most 512 pixels a side) and a small square thumbnail for lists and the map.
CREATE TABLE contact_photo (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    mime       TEXT    NOT NULL,
    bytes      BLOB    NOT NULL,
    thumbnail  BLOB    NOT NULL
);
