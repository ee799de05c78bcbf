-- Ties between contacts, my relationship to each contact, interactions, follow-ups, and the two
-- derived list columns (last interaction, next due date) that triggers keep in the same transaction.

CREATE TABLE tie (
    id       INTEGER PRIMARY KEY,
    from_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    to_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    type     TEXT    NOT NULL CHECK (type IN ('COLLEAGUE', 'CLIENT', 'REFERRAL_SOURCE', 'PARTNER', 'SUPPLIER',
                                              'ENDORSER', 'SISTER_BRAND', 'FRIEND', 'FAMILY', 'WORKS_AT',
                                              'MEMBER_OF', 'INTRODUCED_BY')),
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    since    TEXT CHECK (since IS NULL OR since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note     TEXT    NOT NULL DEFAULT '',
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, type)
);
-- the unique constraint serves ties seen from their from end; this one from their to end
CREATE INDEX tie_by_to ON tie (to_id, from_id);
-- work anniversaries in Keep in touch: the day of the year a works-at or member-of tie began
CREATE INDEX tie_anniversary ON tie ((CAST(substr(since, 6, 2) AS INTEGER) * 100 + CAST(substr(since, 9, 2) AS INTEGER)))
    WHERE since IS NOT NULL AND type IN ('WORKS_AT', 'MEMBER_OF');
-- a symmetric tie (colleagues, friends…) exists once, whichever end it was entered from
CREATE UNIQUE INDEX tie_symmetric_once ON tie (min(from_id, to_id), max(from_id, to_id), type)
    WHERE type IN ('COLLEAGUE', 'PARTNER', 'SISTER_BRAND', 'FRIEND', 'FAMILY');

-- Me ↔ one contact. A month of cadence counts as 30 days; cadence_unit only remembers how the user
-- said it ("every 2 months").
CREATE TABLE relationship (
    contact_id     INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    strength       INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
    cadence_days   INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    cadence_unit   TEXT CHECK (cadence_unit IS NULL OR cadence_unit IN ('DAYS', 'WEEKS', 'MONTHS')),
    how_we_met     TEXT    NOT NULL DEFAULT '',
    introduced_by  INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    flagged        INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    flag_reason    TEXT    NOT NULL DEFAULT '',
    snoozed_until  TEXT CHECK (snoozed_until IS NULL OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    trust          INTEGER CHECK (trust BETWEEN 0 AND 5),
    goodwill       INTEGER CHECK (goodwill BETWEEN 0 AND 5),
    authority      INTEGER CHECK (authority BETWEEN 0 AND 5),
    community      INTEGER CHECK (community BETWEEN 0 AND 5),
    empathy        INTEGER CHECK (empathy BETWEEN 0 AND 5),
    shared_values  INTEGER CHECK (shared_values BETWEEN 0 AND 5),
    respect        INTEGER CHECK (respect BETWEEN 0 AND 5),
    collaboration  INTEGER CHECK (collaboration BETWEEN 0 AND 5),
    assessed_on    TEXT,
    CHECK ((cadence_days IS NULL) = (cadence_unit IS NULL)),
    -- an assessment is all eight principles with its date, or nothing
    CHECK ((assessed_on IS NULL AND trust IS NULL AND goodwill IS NULL AND authority IS NULL AND community IS NULL
            AND empathy IS NULL AND shared_values IS NULL AND respect IS NULL AND collaboration IS NULL)
        OR (assessed_on IS NOT NULL AND trust IS NOT NULL AND goodwill IS NOT NULL AND authority IS NOT NULL
            AND community IS NOT NULL AND empathy IS NOT NULL AND shared_values IS NOT NULL AND respect IS NOT NULL
            AND collaboration IS NOT NULL))
);
CREATE INDEX relationship_by_introducer ON relationship (introduced_by) WHERE introduced_by IS NOT NULL;
CREATE INDEX relationship_flagged ON relationship (contact_id) WHERE flagged = 1;

-- The cadence a tag gives its contacts when they have none of their own.
CREATE TABLE tag_cadence (
    tag_id       INTEGER PRIMARY KEY REFERENCES tag (id) ON DELETE CASCADE,
    cadence_days INTEGER NOT NULL CHECK (cadence_days > 0),
    cadence_unit TEXT    NOT NULL CHECK (cadence_unit IN ('DAYS', 'WEEKS', 'MONTHS'))
);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL CHECK (type IN ('CALL', 'MEETING', 'MESSAGE', 'EMAIL', 'CARD', 'GIFT', 'EVENT',
                                              'FAVOUR', 'INTRODUCTION', 'REFERRAL', 'BUSINESS')),
    -- local date-time, fixed width so it sorts as text
    occurred_at TEXT NOT NULL
        CHECK (occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    direction   TEXT NOT NULL CHECK (direction IN ('GIVEN', 'RECEIVED', 'MUTUAL')),
    note        TEXT NOT NULL DEFAULT '',
    -- set when the interaction is in the trash (undo); NULL otherwise
    deleted_at  TEXT
);
-- the ledger view scans one type over a period (referrals received in the last 12 months)
CREATE INDEX interaction_by_type ON interaction (type, occurred_at, direction) WHERE deleted_at IS NULL;

-- Who an interaction was with (role WITH), and for referrals and introductions who else was involved:
-- "Anna referred Boris to me" is WITH Anna, REFERRED Boris.
CREATE TABLE interaction_contact (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role           TEXT    NOT NULL CHECK (role IN ('WITH', 'REFERRED', 'INTRODUCED')),
    PRIMARY KEY (interaction_id, role, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contact_by_contact ON interaction_contact (contact_id, role, interaction_id);

-- A reminder: set by hand (source NULL), or 'CARD' for the call two weeks after a holiday card
-- (seed 002, step 4; the card lists write those).
CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    due_on     TEXT    NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    done_at    TEXT,
    source     TEXT CHECK (source IS NULL OR source IN ('CARD'))
);
CREATE INDEX follow_up_open ON follow_up (due_on, contact_id) WHERE done_at IS NULL;
CREATE INDEX follow_up_by_contact ON follow_up (contact_id);

-- ---- derived list columns ----

-- next_due_on is '9999-12-31' for a contact without a cadence, so "next due" sorts them last.
ALTER TABLE contact ADD COLUMN last_interaction_on TEXT;
ALTER TABLE contact ADD COLUMN next_due_on TEXT NOT NULL DEFAULT '9999-12-31';
CREATE INDEX contact_by_last_interaction ON contact (deleted_at, last_interaction_on, id, archived, kind);
CREATE INDEX contact_by_next_due ON contact (deleted_at, next_due_on, id, archived, kind);
-- upcoming birthdays, as month * 100 + day
CREATE INDEX contact_by_birthday ON contact (birthday_month * 100 + birthday_day);

-- What the two columns should hold. The cadence is the contact's own, else the shortest of its tags'
-- defaults; it runs from the last interaction (or, with none, from when the contact was added); a
-- snooze pushes the due date to its end. Only interactions WITH the contact restart it.
CREATE VIEW contact_due AS
SELECT id, last_on,
       CASE WHEN cadence IS NULL THEN '9999-12-31'
            ELSE max(date(coalesce(last_on, substr(created_at, 1, 10)), '+' || cadence || ' days'),
                     coalesce(snoozed_until, ''))
       END AS next_on
FROM (SELECT c.id AS id, c.created_at AS created_at, r.snoozed_until AS snoozed_until,
             (SELECT max(substr(i.occurred_at, 1, 10))
              FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
              WHERE ic.contact_id = c.id AND ic.role = 'WITH' AND i.deleted_at IS NULL) AS last_on,
             coalesce(r.cadence_days,
                      (SELECT min(tc.cadence_days) FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                       WHERE ct.contact_id = c.id)) AS cadence
      FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id);

-- Each trigger recomputes the contacts a change touches; bulk writers stand them aside and
-- recompute once per range (see bulk_write in V1).
CREATE TRIGGER due_interaction_contact_insert AFTER INSERT ON interaction_contact
    WHEN NEW.role = 'WITH' AND (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET (last_interaction_on, next_due_on) = (SELECT last_on, next_on FROM contact_due WHERE id = NEW.contact_id)
        WHERE id = NEW.contact_id;
END;
CREATE TRIGGER due_interaction_contact_delete AFTER DELETE ON interaction_contact
    WHEN OLD.role = 'WITH' AND (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET (last_interaction_on, next_due_on) = (SELECT last_on, next_on FROM contact_due WHERE id = OLD.contact_id)
        WHERE id = OLD.contact_id;
END;
CREATE TRIGGER due_interaction_update AFTER UPDATE OF occurred_at, deleted_at ON interaction
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET (last_interaction_on, next_due_on) = (SELECT last_on, next_on FROM contact_due d WHERE d.id = contact.id)
        WHERE id IN (SELECT contact_id FROM interaction_contact WHERE interaction_id = NEW.id AND role = 'WITH');
END;
CREATE TRIGGER due_relationship_insert AFTER INSERT ON relationship
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due WHERE id = NEW.contact_id) WHERE id = NEW.contact_id;
END;
CREATE TRIGGER due_relationship_update AFTER UPDATE OF cadence_days, snoozed_until ON relationship
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due WHERE id = NEW.contact_id) WHERE id = NEW.contact_id;
END;
CREATE TRIGGER due_relationship_delete AFTER DELETE ON relationship
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due WHERE id = OLD.contact_id) WHERE id = OLD.contact_id;
END;
CREATE TRIGGER due_contact_tag_insert AFTER INSERT ON contact_tag
    WHEN (SELECT active FROM bulk_write) = 0 AND EXISTS (SELECT 1 FROM tag_cadence WHERE tag_id = NEW.tag_id) BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due WHERE id = NEW.contact_id) WHERE id = NEW.contact_id;
END;
CREATE TRIGGER due_contact_tag_delete AFTER DELETE ON contact_tag
    WHEN (SELECT active FROM bulk_write) = 0 AND EXISTS (SELECT 1 FROM tag_cadence WHERE tag_id = OLD.tag_id) BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due WHERE id = OLD.contact_id) WHERE id = OLD.contact_id;
END;
CREATE TRIGGER due_tag_cadence_insert AFTER INSERT ON tag_cadence
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due d WHERE d.id = contact.id)
        WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.tag_id);
END;
CREATE TRIGGER due_tag_cadence_update AFTER UPDATE ON tag_cadence
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due d WHERE d.id = contact.id)
        WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.tag_id);
END;
CREATE TRIGGER due_tag_cadence_delete AFTER DELETE ON tag_cadence
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET next_due_on = (SELECT next_on FROM contact_due d WHERE d.id = contact.id)
        WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = OLD.tag_id);
END;

-- ---- the ledger summary ----

-- Per contact (role WITH), the favours, introductions, referrals and gifts given and received over
-- interactions not in the trash, whatever their date: the ledger overview reads its lists from the
-- two partial indexes instead of counting a million interactions. Triggers keep it exact; bulk
-- writers rebuild the rows of the contacts they touched from ledger_counts.
CREATE TABLE ledger_summary (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    given      INTEGER NOT NULL CHECK (given >= 0),
    received   INTEGER NOT NULL CHECK (received >= 0)
);
-- whom I owe most
CREATE INDEX ledger_summary_owed ON ledger_summary (received - given) WHERE received > given;
-- who received without giving back
CREATE INDEX ledger_summary_unreturned ON ledger_summary (given) WHERE received = 0 AND given > 0;

-- What ledger_summary should hold, counted from scratch.
CREATE VIEW ledger_counts AS
SELECT ic.contact_id AS contact_id, sum(i.direction = 'GIVEN') AS given, sum(i.direction = 'RECEIVED') AS received
FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
WHERE ic.role = 'WITH' AND i.deleted_at IS NULL AND i.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT')
GROUP BY ic.contact_id;

-- A participant joins or leaves: add or take away what its interaction counts.
CREATE TRIGGER ledger_interaction_contact_insert AFTER INSERT ON interaction_contact
    WHEN NEW.role = 'WITH' AND (SELECT active FROM bulk_write) = 0 BEGIN
    INSERT INTO ledger_summary (contact_id, given, received)
        SELECT NEW.contact_id, i.direction = 'GIVEN', i.direction = 'RECEIVED' FROM interaction i
        WHERE i.id = NEW.interaction_id AND i.deleted_at IS NULL AND i.direction <> 'MUTUAL'
          AND i.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT')
    ON CONFLICT (contact_id) DO UPDATE SET given = given + excluded.given, received = received + excluded.received;
END;
-- (an interaction deleted for good has already taken its counts away, in ledger_interaction_delete)
CREATE TRIGGER ledger_interaction_contact_delete AFTER DELETE ON interaction_contact
    WHEN OLD.role = 'WITH' AND (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE ledger_summary
        SET given = given - (SELECT i.direction = 'GIVEN' FROM interaction i WHERE i.id = OLD.interaction_id),
            received = received - (SELECT i.direction = 'RECEIVED' FROM interaction i WHERE i.id = OLD.interaction_id)
        WHERE contact_id = OLD.contact_id
          AND EXISTS (SELECT 1 FROM interaction i WHERE i.id = OLD.interaction_id AND i.deleted_at IS NULL
                        AND i.direction <> 'MUTUAL' AND i.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT'));
END;
-- Edited, moved to the trash or restored: take away what it counted before, add what it counts now.
-- (Rows are created at zero first: an upsert would check a negative count before it saw the conflict.)
CREATE TRIGGER ledger_interaction_update AFTER UPDATE OF type, direction, deleted_at ON interaction
    WHEN (SELECT active FROM bulk_write) = 0
         AND ((OLD.deleted_at IS NULL AND OLD.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND OLD.direction = 'GIVEN')
                 <> (NEW.deleted_at IS NULL AND NEW.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND NEW.direction = 'GIVEN')
              OR (OLD.deleted_at IS NULL AND OLD.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND OLD.direction = 'RECEIVED')
                 <> (NEW.deleted_at IS NULL AND NEW.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND NEW.direction = 'RECEIVED')) BEGIN
    INSERT OR IGNORE INTO ledger_summary (contact_id, given, received)
        SELECT contact_id, 0, 0 FROM interaction_contact WHERE interaction_id = NEW.id AND role = 'WITH';
    UPDATE ledger_summary
        SET given = given + (NEW.deleted_at IS NULL AND NEW.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND NEW.direction = 'GIVEN')
                     - (OLD.deleted_at IS NULL AND OLD.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND OLD.direction = 'GIVEN'),
            received = received + (NEW.deleted_at IS NULL AND NEW.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND NEW.direction = 'RECEIVED')
                     - (OLD.deleted_at IS NULL AND OLD.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') AND OLD.direction = 'RECEIVED')
        WHERE contact_id IN (SELECT contact_id FROM interaction_contact WHERE interaction_id = NEW.id AND role = 'WITH');
END;
CREATE TRIGGER ledger_interaction_delete BEFORE DELETE ON interaction
    WHEN (SELECT active FROM bulk_write) = 0 AND OLD.deleted_at IS NULL AND OLD.direction <> 'MUTUAL'
         AND OLD.type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') BEGIN
    UPDATE ledger_summary SET given = given - (OLD.direction = 'GIVEN'), received = received - (OLD.direction = 'RECEIVED')
        WHERE contact_id IN (SELECT contact_id FROM interaction_contact WHERE interaction_id = OLD.id AND role = 'WITH');
END;
