-- One patient per ID number within a county (DOMAIN §8 rule 6): the server finds a twin by this key
-- ("idType:idNumber", patients only) instead of searching the payload text of every patient.
ALTER TABLE sync_record ADD COLUMN identity_key VARCHAR(80);
CREATE INDEX sync_record_identity ON sync_record (identity_key);
