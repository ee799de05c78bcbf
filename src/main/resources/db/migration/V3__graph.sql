-- Where each node sits on the network map, so the map looks the same next time. contact_id 0 is Me,
-- which is not a contact: no foreign key; rows of contacts deleted for good are dropped on the next save.

CREATE TABLE node_position (
    contact_id INTEGER PRIMARY KEY,
    x          REAL NOT NULL,
    y          REAL NOT NULL
);
