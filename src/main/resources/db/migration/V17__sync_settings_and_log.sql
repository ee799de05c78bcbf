-- What the user chose for a CardDAV account, and a log of its runs (ADR 0019). Still no password here: only whether
-- the user asked for it to be kept in this computer's keyring.
ALTER TABLE sync_account ADD COLUMN in_keyring INTEGER NOT NULL DEFAULT 0;
-- the SHA-256 of a certificate the user trusted although no authority vouches for it (a self-signed server at home)
ALTER TABLE sync_account ADD COLUMN trusted_certificate TEXT;
-- minutes between automatic syncs while the window is open (one soon after it opens too); 0: only when asked
ALTER TABLE sync_account ADD COLUMN auto_minutes INTEGER NOT NULL DEFAULT 0;

-- the tags whose contacts go out to the server for the first time; none: every contact goes out
CREATE TABLE sync_account_tag (
    account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, tag_id)
);

-- one row a run: what it did, or why it stopped (a reason's name, never a message with names in it)
CREATE TABLE sync_run (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    finished_at    TEXT    NOT NULL,
    automatic      INTEGER NOT NULL DEFAULT 0,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('DONE', 'FAILED', 'CANCELLED')),
    added_here     INTEGER NOT NULL DEFAULT 0,
    changed_here   INTEGER NOT NULL DEFAULT 0,
    deleted_here   INTEGER NOT NULL DEFAULT 0,
    added_server   INTEGER NOT NULL DEFAULT 0,
    changed_server INTEGER NOT NULL DEFAULT 0,
    deleted_server INTEGER NOT NULL DEFAULT 0,
    conflicts      INTEGER NOT NULL DEFAULT 0,
    waiting        INTEGER NOT NULL DEFAULT 0,
    failure        TEXT
);
CREATE INDEX sync_run_by_account ON sync_run (account_id, id);
