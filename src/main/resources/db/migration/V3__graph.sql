-- Where each node sits on the network map, so the map looks the same next time. contact_id 0 is Me,
-- which is not a contact: no foreign key; rows of contacts deleted for good are dropped on the next save.

CREATE TABLE node_position (
    contact_id INTEGER PRIMARY KEY,
    x          REAL NOT NULL,
    y          REAL NOT NULL
);

-- Counts changes to what the map is made of (contacts, their tags, ties, my relationships), so the
-- window recomputes the network's metrics only when something changed since it last did.
CREATE TABLE network_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO network_version (id, version) VALUES (1, 0);

CREATE TRIGGER network_tie_insert AFTER INSERT ON tie BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_tie_update AFTER UPDATE ON tie BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_tie_delete AFTER DELETE ON tie BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_relationship_insert AFTER INSERT ON relationship BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_relationship_update AFTER UPDATE ON relationship BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_relationship_delete AFTER DELETE ON relationship BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_contact_insert AFTER INSERT ON contact BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_contact_update AFTER UPDATE OF kind, display_name, organisation, archived, deleted_at ON contact
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_contact_delete AFTER DELETE ON contact BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_tag_insert AFTER INSERT ON contact_tag BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_tag_delete AFTER DELETE ON contact_tag BEGIN UPDATE network_version SET version = version + 1; END;
