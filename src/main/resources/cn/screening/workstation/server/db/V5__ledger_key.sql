-- One open treatment-ledger row per patient and disease (docs/ledger.md): an open, live ledger row
-- holds "patientId:diseaseCode" here, so the server finds a second one by index instead of reading
-- the payload of every ledger row. Null for every other record, and for rows that have ended.
ALTER TABLE sync_record ADD COLUMN ledger_key VARCHAR(80);
CREATE INDEX sync_record_ledger_key ON sync_record (ledger_key);
