-- The blood-sample loop: samples, boxes and their tubes, receipts and their tube verdicts, lab
-- results. Each synced record keeps its JSON payload (as it travels) beside the columns lookups
-- need; shipment_item is kept from the box's payload so that "which box holds this tube" is one
-- index read.

CREATE TABLE sample (
    id              UUID PRIMARY KEY,
    sample_no       VARCHAR(40)  NOT NULL,
    case_id         UUID,
    site_code       VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    shipment_id     UUID,
    destination     VARCHAR(32),
    drawn_at        TIMESTAMP WITH TIME ZONE,
    spun_at         TIMESTAMP WITH TIME ZONE,
    frozen_at       TIMESTAMP WITH TIME ZONE,
    payload         CHARACTER VARYING(1000000) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_sample_no UNIQUE (sample_no)
);
CREATE INDEX ix_sample_case ON sample (case_id);
CREATE INDEX ix_sample_shipment ON sample (shipment_id);
-- the county's warning list: whole blood not yet spun, oldest draw first
CREATE INDEX ix_sample_unspun ON sample (spun_at, frozen_at, drawn_at);

CREATE TABLE shipment (
    id              UUID PRIMARY KEY,
    box_no          VARCHAR(40)  NOT NULL,
    from_site       VARCHAR(32)  NOT NULL,
    destination     VARCHAR(32),
    status          VARCHAR(16)  NOT NULL,
    packed_at       TIMESTAMP WITH TIME ZONE,
    dispatched_at   TIMESTAMP WITH TIME ZONE,
    payload         CHARACTER VARYING(1000000) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_box_no UNIQUE (box_no)
);
CREATE INDEX ix_shipment_destination ON shipment (destination, status, dispatched_at);
CREATE INDEX ix_shipment_from ON shipment (from_site, status, packed_at);

CREATE TABLE shipment_item (
    shipment_id UUID        NOT NULL,
    sample_id   UUID        NOT NULL,
    sample_no   VARCHAR(40) NOT NULL,
    PRIMARY KEY (shipment_id, sample_id)
);
CREATE INDEX ix_shipment_item_sample ON shipment_item (sample_id);
CREATE INDEX ix_shipment_item_no ON shipment_item (sample_no);

CREATE TABLE receipt (
    id              UUID PRIMARY KEY,
    shipment_id     UUID         NOT NULL,
    receiving_site  VARCHAR(32)  NOT NULL,
    from_site       VARCHAR(32)  NOT NULL,
    arrived_at      TIMESTAMP WITH TIME ZONE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    payload         CHARACTER VARYING(1000000) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_receipt_shipment UNIQUE (shipment_id)
);

-- one row per scanned tube: a synced record of its own, so a scan writes a few hundred bytes
CREATE TABLE tube_verdict (
    id              UUID PRIMARY KEY,
    receipt_id      UUID         NOT NULL,
    sample_id       UUID         NOT NULL,
    sample_no       VARCHAR(40)  NOT NULL,
    decision        VARCHAR(16)  NOT NULL,
    reason          VARCHAR(32),
    decided_at      TIMESTAMP WITH TIME ZONE,
    payload         CHARACTER VARYING(100000) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_tube_verdict UNIQUE (receipt_id, sample_id)
);
CREATE INDEX ix_tube_verdict_sample ON tube_verdict (sample_id);
CREATE INDEX ix_tube_verdict_no ON tube_verdict (sample_no);

CREATE TABLE lab_result (
    id              UUID PRIMARY KEY,
    sample_id       UUID         NOT NULL,
    case_id         UUID,
    lab_site        VARCHAR(32)  NOT NULL,
    county_site     VARCHAR(32)  NOT NULL,
    confirmed       BOOLEAN      NOT NULL,
    payload         CHARACTER VARYING(1000000) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_result_sample UNIQUE (sample_id)
);
CREATE INDEX ix_result_case ON lab_result (case_id);
