-- The vCard UID a contact came with, kept so that the same card matches it on the next import, and
-- written again on export (a contact without one gets a UID derived from the database and the contact,
-- stored on its first export where the file can be written). NULL: none.
ALTER TABLE contact ADD COLUMN vcard_uid TEXT;

CREATE INDEX contact_by_vcard_uid ON contact (vcard_uid) WHERE vcard_uid IS NOT NULL;
