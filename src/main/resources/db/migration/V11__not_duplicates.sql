-- Pairs of contacts the user said are not duplicates, so "Find duplicates" never proposes them again.
-- The lower id first; a pair goes when either contact is deleted for good (or merged away).
CREATE TABLE not_duplicate (
    contact_low  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    contact_high INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    decided_at   TEXT    NOT NULL,
    PRIMARY KEY (contact_low, contact_high),
    CHECK (contact_low < contact_high)
);
CREATE INDEX not_duplicate_by_high ON not_duplicate (contact_high);
