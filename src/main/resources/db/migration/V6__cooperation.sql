-- The cooperation matrix (seed 003): per contact, our willingness to cooperate and theirs, each 0 to
-- 10, and the notes on the seed's three questions. A contact without a row is not on the matrix.
-- The quadrant is not stored: it follows from the two values (domain/cooperation/CooperationRules).

CREATE TABLE cooperation (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    ours       INTEGER NOT NULL CHECK (typeof(ours) = 'integer' AND ours BETWEEN 0 AND 10),
    theirs     INTEGER NOT NULL CHECK (typeof(theirs) = 'integer' AND theirs BETWEEN 0 AND 10),
    -- is the willingness mutual?
    mutual     TEXT    NOT NULL DEFAULT '',
    -- which intangible assets can we share that they value?
    assets     TEXT    NOT NULL DEFAULT '',
    -- do they see us as a credible long-term partner?
    credible   TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL
);
