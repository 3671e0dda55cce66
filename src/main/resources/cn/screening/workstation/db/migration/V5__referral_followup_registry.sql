-- Two-way referral, follow-up and the hemophilia registry. Each record is kept as its JSON payload
-- (store.SyncedDocuments) with the columns lists search by, and the sync metadata of every synced table.

-- one row per referral: the sender's letter and the receiver's receipt and back-referral in one payload
CREATE TABLE referral (
    id              UUID PRIMARY KEY,
    referral_no     VARCHAR(40)  NOT NULL,
    patient_id      UUID         NOT NULL,
    case_id         UUID,
    from_site       VARCHAR(32)  NOT NULL,
    to_site         VARCHAR(32),
    status          VARCHAR(20)  NOT NULL,
    valid_until     DATE,
    payload         CHARACTER VARYING(262144) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_referral_to ON referral (to_site, status);
CREATE INDEX ix_referral_from ON referral (from_site, status);
CREATE INDEX ix_referral_patient ON referral (patient_id);

-- one row per follow-up schedule, with its visits in the payload
CREATE TABLE follow_up (
    id              UUID PRIMARY KEY,
    patient_id      UUID         NOT NULL,
    referral_id     UUID,
    site_code       VARCHAR(32)  NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    next_due        DATE,
    payload         CHARACTER VARYING(262144) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_follow_up_due ON follow_up (site_code, status, next_due);
CREATE INDEX ix_follow_up_patient ON follow_up (patient_id);

-- one row per confirmed patient in the registry
CREATE TABLE registry_entry (
    id              UUID PRIMARY KEY,
    patient_id      UUID         NOT NULL,
    case_id         UUID,
    site_code       VARCHAR(32)  NOT NULL,
    confirmed_on    DATE,
    payload         CHARACTER VARYING(262144) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
-- not unique: two devices of one county may enrol the same patient offline, and sync must still
-- store both (the service refuses a second entry it can see)
CREATE INDEX ix_registry_patient ON registry_entry (patient_id);
CREATE INDEX ix_registry_site ON registry_entry (site_code);
