-- The treatment ledger (救治台账, docs/ledger.md): one synced row per 救治对象 × disease, its admissions
-- and costs inside the JSON payload, and typed columns for what the ledger list filters on (disease,
-- status, township, hospital of the latest admission, certification) and what the services look up
-- (the patient, the open row of a patient and disease). Numbered 7.2: after 7.1, leaving V7 free.
CREATE TABLE ledger_entry (
    id              UUID PRIMARY KEY,
    patient_id      UUID         NOT NULL,
    site_code       VARCHAR(32)  NOT NULL,
    treating_site   VARCHAR(32),
    disease_code    VARCHAR(40)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    open_row        BOOLEAN      NOT NULL,
    certification   VARCHAR(20)  NOT NULL,
    township_code   VARCHAR(12),
    hospital        VARCHAR(100),
    diagnosed_on    DATE,
    payload         CHARACTER VARYING(1048576) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
-- not unique: two devices may open the same row offline and sync must store both; the service
-- refuses a second open row it can see, and the server one it holds
CREATE INDEX ix_ledger_patient ON ledger_entry (patient_id, disease_code, open_row, deleted);
CREATE INDEX ix_ledger_disease ON ledger_entry (disease_code, status, deleted);
CREATE INDEX ix_ledger_status ON ledger_entry (status, deleted);
CREATE INDEX ix_ledger_township ON ledger_entry (township_code, deleted);
CREATE INDEX ix_ledger_hospital ON ledger_entry (hospital, deleted);
CREATE INDEX ix_ledger_certification ON ledger_entry (certification, deleted);
