-- Card lists (seed 002: about 50 people, a card each, a call two weeks later) and the settings the
-- user can change. An envelope holds a snapshot of the address it was mailed to, so a later address
-- change does not rewrite what was mailed; people at one address share an envelope (a household).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE card_list (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    occasion   TEXT    NOT NULL DEFAULT '',
    year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    created_at TEXT    NOT NULL
);
CREATE UNIQUE INDEX card_list_by_name ON card_list (name COLLATE NOCASE);

CREATE TABLE card_envelope (
    id          INTEGER PRIMARY KEY,
    list_id     INTEGER NOT NULL REFERENCES card_list (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    addressee   TEXT    NOT NULL,
    salutation  TEXT    NOT NULL DEFAULT '',
    street      TEXT    NOT NULL DEFAULT '',
    locality    TEXT    NOT NULL DEFAULT '',
    region      TEXT    NOT NULL DEFAULT '',
    postal_code TEXT    NOT NULL DEFAULT '',
    country     TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'PLANNED'
                CHECK (status IN ('PLANNED', 'SENT', 'RECEIVED', 'RETURNED')),
    sent_on     TEXT,
    received_on TEXT,
    returned_on TEXT,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX card_envelope_by_list ON card_envelope (list_id, position);

-- Who an envelope is for; a contact is on a list once.
CREATE TABLE card_recipient (
    list_id     INTEGER NOT NULL REFERENCES card_list (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    envelope_id INTEGER NOT NULL REFERENCES card_envelope (id) ON DELETE CASCADE,
    PRIMARY KEY (list_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX card_recipient_by_envelope ON card_recipient (envelope_id, contact_id);
CREATE INDEX card_recipient_by_contact ON card_recipient (contact_id, list_id);
