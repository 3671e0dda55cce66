-- Failed logins already in the audit log, per name tag (a hash of the user name), and a lock set when
-- the keyring or lockout.journal outside the store disagreed with this count (decision 0020).
CREATE TABLE login_failure_mark (
    name_tag     VARCHAR(64) PRIMARY KEY,
    settled      BIGINT      NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
