-- the card as Rapport wrote it at the last sync: the base a three-way merge compares both sides with when a
-- contact changed here and on the server since (ADR 0019). NULL for links made before this column.
ALTER TABLE sync_card ADD COLUMN base_vcard TEXT;
