-- Tamper-evident audit (docs/decisions/0018-audit-chain.md): every line is numbered without gaps and
-- carries the link of the line before it and its own link, an HMAC over both. The lines written before
-- this release are chained once, in order, by the Java migration 7.5.1 (it needs the data key).
ALTER TABLE audit_log ADD COLUMN chain_no BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_chain_no ON audit_log (chain_no);

-- the newest link; every append locks and moves it, so two writers can never fork the chain
CREATE TABLE audit_chain_head (
    singleton INT DEFAULT 1 PRIMARY KEY CHECK (singleton = 1),
    chain_no  BIGINT      DEFAULT 0 NOT NULL,
    hash      VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (singleton, chain_no, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- the head the server last accepted (its number is what the next push vouches for), and when the
-- server last found this workstation's history rewritten
ALTER TABLE sync_state ADD COLUMN audit_acked_chain_no BIGINT;
ALTER TABLE sync_state ADD COLUMN audit_mismatch_at TIMESTAMP WITH TIME ZONE;
