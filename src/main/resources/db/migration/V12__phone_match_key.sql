-- What an import looks candidates up by, so that it reads only the contacts that share something with
-- the records it brings instead of every contact. Written by the application with every row (the
-- keys come from libphonenumber and Java's case rules, which SQL cannot compute); rows written before
-- this version are filled in when the file is first opened by this version. NULL: not computed yet;
-- a lookup then computes the key itself.

-- a phone number's match key: E.164 as libphonenumber gives it, read in match_region when it has no
-- country code; match_region is '' when the key does not depend on a region (it begins with +)
ALTER TABLE contact_phone ADD COLUMN match_key TEXT;
ALTER TABLE contact_phone ADD COLUMN match_region TEXT;
CREATE INDEX contact_phone_by_match_key ON contact_phone (match_key, match_region);

-- an email address as matching compares it: without surrounding space, in lower case (every script)
ALTER TABLE contact_email ADD COLUMN match_key TEXT;
CREATE INDEX contact_email_by_match_key ON contact_email (match_key);

-- a person's "given|family" folded, or an organisation's folded name (what matching compares), and
-- the name with its words sorted (what ties to an organisation or a related person are found by)
ALTER TABLE contact ADD COLUMN match_name TEXT;
ALTER TABLE contact ADD COLUMN name_key TEXT;
CREATE INDEX contact_by_match_name ON contact (match_name);
CREATE INDEX contact_by_name_key ON contact (name_key);
