-- Client side of sync: what each outbox entry changed and from which version, the batch in flight,
-- the device's enrolment and pull cursor, conflicts waiting for a user, and reference data.

-- base_version: the record's version the change was made from (0 for a new record)
-- changed_fields: JSON array of payload fields this change sets; NULL (entries from before V3) = all
-- state: PENDING, IN_FLIGHT (in batch batch_id), QUARANTINED (the server's reasons), CONFLICT (held for a user)
ALTER TABLE outbox ADD COLUMN base_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE outbox ADD COLUMN changed_fields CHARACTER VARYING(4000);
ALTER TABLE outbox ADD COLUMN batch_id UUID;
ALTER TABLE outbox ADD COLUMN reasons CHARACTER VARYING(100000);
ALTER TABLE outbox ADD COLUMN changed_by VARCHAR(40);
ALTER TABLE outbox ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE outbox SET changed_at = created_at;
ALTER TABLE outbox ADD CONSTRAINT ck_outbox_state CHECK (state IN ('PENDING', 'IN_FLIGHT', 'QUARANTINED', 'CONFLICT'));
CREATE INDEX ix_outbox_entity ON outbox (entity_type, entity_id);
CREATE INDEX ix_outbox_batch ON outbox (batch_id);

-- one row: the device's enrolment (the token is as safe as the encrypted file it lives in), where the
-- server is, how far pull has read, and how the last attempt ended
CREATE TABLE sync_state (
    singleton         INT DEFAULT 1 PRIMARY KEY CHECK (singleton = 1),
    device_id         UUID,
    token             VARCHAR(1000),
    site_code         VARCHAR(32),
    server_url        VARCHAR(1000),
    enrolled_at       TIMESTAMP WITH TIME ZONE,
    pull_cursor       BIGINT DEFAULT 0 NOT NULL,
    last_success_at   TIMESTAMP WITH TIME ZONE,
    last_error_key    VARCHAR(100),
    last_error_args   VARCHAR(2000),
    last_error_detail VARCHAR(2000),
    last_error_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO sync_state (singleton) VALUES (1);

-- the batch sent but not yet answered: resent with the same id (and the same changes, in this order)
-- until its answer is applied, so the server can answer it from its idempotency store
CREATE TABLE sync_batch (
    batch_id   UUID PRIMARY KEY,
    change_ids CHARACTER VARYING(100000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INT DEFAULT 0 NOT NULL
);

-- one row per field changed on both sides; the local change waits (outbox state CONFLICT) until all
-- rows of its change are resolved
CREATE TABLE sync_conflict (
    id             UUID PRIMARY KEY,
    change_id      UUID          NOT NULL,
    entity_type    VARCHAR(30)   NOT NULL,
    entity_id      UUID          NOT NULL,
    field          VARCHAR(60)   NOT NULL,
    local_value    CHARACTER VARYING(100000),
    server_value   CHARACTER VARYING(100000),
    local_user     VARCHAR(40),
    local_site     VARCHAR(32),
    local_at       TIMESTAMP WITH TIME ZONE,
    server_site    VARCHAR(32),
    server_at      TIMESTAMP WITH TIME ZONE,
    server_version BIGINT        NOT NULL,
    detected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved       BOOLEAN DEFAULT FALSE NOT NULL,
    resolution     VARCHAR(10),
    resolved_by    VARCHAR(40),
    resolved_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_conflict_open ON sync_conflict (resolved, detected_at);
CREATE INDEX ix_conflict_change ON sync_conflict (change_id);

-- reference data from the server (sites, disease catalogue, configurable limits), as the server sent it
CREATE TABLE reference_item (
    entity_type VARCHAR(30) NOT NULL,
    entity_id   UUID        NOT NULL,
    code        VARCHAR(60),
    version     BIGINT      NOT NULL,
    payload     CHARACTER VARYING(100000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE,
    deleted     BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);
CREATE INDEX ix_reference_code ON reference_item (entity_type, code);

-- pulled records that could not be written yet (a case whose patient has not arrived) or at all
-- (e.g. an ID number another local patient already has): kept, retried after every page, never lost
CREATE TABLE sync_pull_waiting (
    entity_type     VARCHAR(30) NOT NULL,
    entity_id       UUID        NOT NULL,
    version         BIGINT      NOT NULL,
    payload         CHARACTER VARYING(1000000),
    updated_at      TIMESTAMP WITH TIME ZONE,
    updated_by_site VARCHAR(32),
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    reason          VARCHAR(2000),
    PRIMARY KEY (entity_type, entity_id)
);
