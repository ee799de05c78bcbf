-- CardDAV sync with the user's own server (ADR 0019). No password here, in any form: it is kept in
-- the operating system's credential store, or asked for each session.

-- one address book on one server, as one user
CREATE TABLE sync_account (
    id             INTEGER PRIMARY KEY,
    server_url     TEXT    NOT NULL,
    user_name      TEXT    NOT NULL,
    book_href      TEXT    NOT NULL,
    book_name      TEXT,
    -- the sync token and ctag after the last run that finished; NULL before the first
    sync_token     TEXT,
    ctag           TEXT,
    last_synced_at TEXT,
    UNIQUE (server_url, user_name, book_href)
);

-- which card on the server a contact is, and that card as it was when last synced: its ETag and a hash of
-- its vCard tell a sync which side changed since. contact_id turns NULL when the contact is deleted for
-- good (emptied trash, merged away), so the next sync still knows the card and asks before deleting it.
CREATE TABLE sync_card (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    href         TEXT    NOT NULL,
    uid          TEXT    NOT NULL,
    etag         TEXT,
    vcard_sha256 TEXT    NOT NULL,
    synced_at    TEXT    NOT NULL,
    UNIQUE (account_id, href),
    UNIQUE (account_id, contact_id)
);
CREATE INDEX sync_card_by_uid ON sync_card (account_id, uid);
CREATE INDEX sync_card_by_contact ON sync_card (contact_id);
