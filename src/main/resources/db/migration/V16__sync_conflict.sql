-- A contact both sides changed in the same field since the last sync: the sync keeps Rapport's value, and here
-- the server's whole card as it was, so the version that lost is never lost (ADR 0019); resolved_at is set
-- once the user has chosen.
CREATE TABLE sync_conflict (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    href         TEXT    NOT NULL,
    -- the fields both sides changed differently, comma-separated (GIVEN,TITLE,…)
    fields       TEXT    NOT NULL,
    server_vcard TEXT    NOT NULL,
    found_at     TEXT    NOT NULL,
    resolved_at  TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (contact_id) WHERE resolved_at IS NULL;
