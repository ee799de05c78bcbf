-- The dashboard (seed 004): one snapshot of every indicator per day, so their history survives, and
-- the goals the user sets for them.

CREATE TABLE indicator_snapshot (
    day       TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    indicator TEXT NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (day, indicator)
) WITHOUT ROWID;

CREATE TABLE goal (
    id        INTEGER PRIMARY KEY,
    indicator TEXT NOT NULL,
    target    REAL NOT NULL,
    -- the indicator's value when the goal was set: progress is the way from there to the target
    start     REAL NOT NULL,
    due_on    TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    set_on    TEXT NOT NULL CHECK (set_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
