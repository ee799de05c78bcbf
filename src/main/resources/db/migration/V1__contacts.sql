-- Contacts and their channels. Ties, interactions, reminders and card lists arrive in later
-- migrations and reference contact(id).

CREATE TABLE contact (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
    -- person name parts; for an organisation only display_name is used
    given_name    TEXT,
    family_name   TEXT,
    name_prefix   TEXT,
    name_suffix   TEXT,
    nickname      TEXT,
    -- a person's organisation and title (free text); an organisation's kind
    organisation  TEXT,
    title         TEXT,
    org_kind      TEXT CHECK (org_kind IS NULL OR org_kind IN ('COMPANY', 'BRAND', 'GROUP', 'OTHER')),
    display_name  TEXT    NOT NULL,
    -- folded (lower case, no diacritics) keys written by the application, for ORDER BY
    sort_name     TEXT    NOT NULL,
    sort_org      TEXT    NOT NULL DEFAULT '',
    birthday_year INTEGER,
    birthday_month INTEGER CHECK (birthday_month IS NULL OR birthday_month BETWEEN 1 AND 12),
    birthday_day  INTEGER CHECK (birthday_day IS NULL OR birthday_day BETWEEN 1 AND 31),
    notes         TEXT    NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    -- first email and phone, kept by triggers so the list can sort by them in SQL
    primary_email TEXT    NOT NULL DEFAULT '',
    primary_phone TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    -- set when the contact is in the trash; NULL otherwise
    deleted_at    TEXT
);

-- One index per sortable column, in list order. archived and kind ride along at the end so the
-- list's filters are checked in the index without reading each row (100,000 random reads on start).
CREATE INDEX contact_by_name    ON contact (deleted_at, sort_name, id, archived, kind);
CREATE INDEX contact_by_org     ON contact (deleted_at, sort_org, sort_name, id, archived, kind);
CREATE INDEX contact_by_email   ON contact (deleted_at, primary_email, id, archived, kind);
CREATE INDEX contact_by_phone   ON contact (deleted_at, primary_phone, id, archived, kind);
CREATE INDEX contact_by_updated ON contact (deleted_at, updated_at, id, archived, kind);

CREATE TABLE contact_email (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    address    TEXT    NOT NULL
);
CREATE INDEX contact_email_by_contact ON contact_email (contact_id, position);
CREATE INDEX contact_email_by_address ON contact_email (address COLLATE NOCASE);

CREATE TABLE contact_phone (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    number     TEXT    NOT NULL
);
CREATE INDEX contact_phone_by_contact ON contact_phone (contact_id, position);

CREATE TABLE contact_address (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    label        TEXT    NOT NULL DEFAULT '',
    street       TEXT    NOT NULL DEFAULT '',
    locality     TEXT    NOT NULL DEFAULT '',
    region       TEXT    NOT NULL DEFAULT '',
    postal_code  TEXT    NOT NULL DEFAULT '',
    country_code TEXT    NOT NULL DEFAULT '',
    is_mailing   INTEGER NOT NULL DEFAULT 0 CHECK (is_mailing IN (0, 1))
);
-- mailing address first: the list shows its city
CREATE INDEX contact_address_by_contact ON contact_address (contact_id, is_mailing DESC, position);
-- at most one mailing address per contact
CREATE UNIQUE INDEX contact_address_one_mailing ON contact_address (contact_id) WHERE is_mailing = 1;

CREATE TABLE contact_website (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL
);
CREATE INDEX contact_website_by_contact ON contact_website (contact_id, position);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id, contact_id);

-- Everything search looks at, one row per contact. ё and ß are folded here because the
-- trigram tokenizer's remove_diacritics covers Latin marks only.
CREATE VIEW contact_search_text AS
SELECT c.id AS id,
       replace(replace(replace(
           c.display_name || ' ' || coalesce(c.nickname, '') || ' ' || coalesce(c.organisation, '') || ' ' ||
           coalesce(c.title, '') || ' ' || c.notes || ' ' ||
           coalesce((SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id), '') || ' ' ||
           coalesce((SELECT group_concat(p.number || ' ' ||
                         replace(replace(replace(replace(replace(replace(p.number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), ' ')
                     FROM contact_phone p WHERE p.contact_id = c.id), '') || ' ' ||
           coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '') || ' ' ||
           coalesce((SELECT group_concat(a.locality || ' ' || a.street, ' ') FROM contact_address a WHERE a.contact_id = c.id), ''),
       'ё', 'е'), 'Ё', 'Е'), 'ß', 'ss') AS body
FROM contact c;

CREATE VIRTUAL TABLE contact_fts USING fts5 (body, tokenize = 'trigram remove_diacritics 1');

-- Words of one or two characters cannot use trigrams; they match the start of a word of the name
-- or organisation through this word index with prefix indexes for one and two characters.
CREATE VIEW contact_name_text AS
SELECT c.id AS id,
       replace(replace(replace(
           c.display_name || ' ' || coalesce(c.nickname, '') || ' ' || coalesce(c.organisation, ''),
       'ё', 'е'), 'Ё', 'Е'), 'ß', 'ss') AS name
FROM contact c;

CREATE VIRTUAL TABLE contact_name_fts USING fts5 (name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');

-- While active = 1 (inside one bulk transaction: imports, the demo network) the triggers below
-- stand aside and the writer rebuilds search rows and first channels once per contact at the end,
-- instead of once per channel row.
CREATE TABLE bulk_write (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    active INTEGER NOT NULL CHECK (active IN (0, 1))
);
INSERT INTO bulk_write (id, active) VALUES (1, 0);

-- Keep contact_fts in step with every table its text comes from.
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.id;
    INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text WHERE id = NEW.id;
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF display_name, nickname, organisation, title, notes ON contact
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.id;
    DELETE FROM contact_name_fts WHERE rowid = OLD.id;
    INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text WHERE id = NEW.id;
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
    DELETE FROM contact_name_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER contact_email_insert AFTER INSERT ON contact_email
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET primary_email = coalesce((SELECT address FROM contact_email WHERE contact_id = NEW.contact_id ORDER BY position, id LIMIT 1), '') WHERE id = NEW.contact_id;
    DELETE FROM contact_fts WHERE rowid = NEW.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_email_delete AFTER DELETE ON contact_email
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET primary_email = coalesce((SELECT address FROM contact_email WHERE contact_id = OLD.contact_id ORDER BY position, id LIMIT 1), '') WHERE id = OLD.contact_id;
    DELETE FROM contact_fts WHERE rowid = OLD.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_phone_insert AFTER INSERT ON contact_phone
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET primary_phone = coalesce((SELECT number FROM contact_phone WHERE contact_id = NEW.contact_id ORDER BY position, id LIMIT 1), '') WHERE id = NEW.contact_id;
    DELETE FROM contact_fts WHERE rowid = NEW.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_phone_delete AFTER DELETE ON contact_phone
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    UPDATE contact SET primary_phone = coalesce((SELECT number FROM contact_phone WHERE contact_id = OLD.contact_id ORDER BY position, id LIMIT 1), '') WHERE id = OLD.contact_id;
    DELETE FROM contact_fts WHERE rowid = OLD.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_address_insert AFTER INSERT ON contact_address
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = NEW.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_address_delete AFTER DELETE ON contact_address
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_tag_insert AFTER INSERT ON contact_tag
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = NEW.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_tag_delete AFTER DELETE ON contact_tag
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.contact_id;
    INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = OLD.contact_id;
END;
CREATE TRIGGER tag_rename AFTER UPDATE OF name ON tag
    WHEN (SELECT active FROM bulk_write) = 0 BEGIN
    DELETE FROM contact_fts WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);
    INSERT INTO contact_fts (rowid, body)
        SELECT id, body FROM contact_search_text WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);
END;
