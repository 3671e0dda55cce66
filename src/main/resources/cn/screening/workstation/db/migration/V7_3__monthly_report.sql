-- The monthly report (统计月报表, docs/report.md): one synced record per county and period, its
-- versions (each submitted one a frozen snapshot of the figures) inside the JSON payload. The id is
-- derived from county and period, so the primary key is the one-report-per-period rule here too.
CREATE TABLE monthly_report (
    id              UUID PRIMARY KEY,
    site_code       VARCHAR(32)  NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    versions        INT          NOT NULL,
    payload         CHARACTER VARYING(1048576) NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_site VARCHAR(32)  NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_monthly_report_period ON monthly_report (county_code, period, deleted);
