-- A conflict the user settled by taking the server's values: Rapport's card as it was just before, so the
-- version that lost is kept here as the server's is in server_vcard (nothing lost either way). NULL when the
-- user kept Rapport's values (they are still in the contact) or has not chosen yet.
ALTER TABLE sync_conflict ADD COLUMN rapport_vcard TEXT;
