-- The social-capital score of each relationship (docs/SCORING.md), computed in the background and
-- kept here so the list sorts by it in SQL and the map sizes nodes by it. NULL until first computed;
-- score_before holds the score of the previous day it was computed, to tell a falling score.

ALTER TABLE contact ADD COLUMN score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100);
ALTER TABLE contact ADD COLUMN score_before INTEGER CHECK (score_before IS NULL OR score_before BETWEEN 0 AND 100);
ALTER TABLE contact ADD COLUMN scored_on TEXT;
CREATE INDEX contact_by_score ON contact (deleted_at, score, id, archived, kind);
