-- Review (issue "Measuring social capital"): when the user last reviewed each contact, and the round
-- of review in progress, so the window resumes where the user stopped, even after a restart.

-- The day the user last marked a contact reviewed; no row means never.
CREATE TABLE contact_review (
    contact_id  INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    reviewed_on TEXT    NOT NULL CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- The round in progress: who needed attention when it started, most urgent first, a few hundred at
-- most. The place in it is the setting 'review.place'. A contact deleted for good leaves the round.
CREATE TABLE review_queue (
    position   INTEGER PRIMARY KEY CHECK (position >= 0),
    contact_id INTEGER NOT NULL UNIQUE REFERENCES contact (id) ON DELETE CASCADE
);
