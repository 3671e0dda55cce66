-- Measured with `bench cases` at 1 M cases (docs/performance.md).

-- An identity column draws its values from a sequence that H2 persists, in a committed system
-- transaction, each time its cache of values runs out (32 by default). With WRITE_DELAY=0 every
-- commit writes a chunk of all dirty pages, so the audit and outbox inserts of one registration
-- batch wrote the file hundreds of times: 286 cases/s and 32 KB of file per case. A larger cache
-- flushes rarely; a crash loses at most the unused rest of it (a gap in seq, which only orders rows).
ALTER TABLE audit_log ALTER COLUMN seq SET CACHE 1000;
ALTER TABLE outbox ALTER COLUMN seq SET CACHE 1000;

-- JSON kept as CLOB goes through H2's LOB store: a temporary LOB, a copy, and a clean-up task on
-- each commit, for every outbox row and screening form. The payloads are a few KB at most, so
-- they are kept in the row instead.
ALTER TABLE outbox ALTER COLUMN payload SET DATA TYPE CHARACTER VARYING(1000000);
ALTER TABLE screening_case ALTER COLUMN screening_json SET DATA TYPE CHARACTER VARYING(1000000);

-- An ID search lists its matches in ID order; with the patient's id in the index too, the index
-- gives that order (ties included) and a top-50 reads 50 entries instead of sorting every match
-- of a prefix such as 210727, which is the whole county.
CREATE INDEX ix_patient_id_number_id ON patient (id_number, id);
DROP INDEX ix_patient_id_number;

-- A township's own cases, newest first (a township health centre's usual list): without it the
-- page walks registered_at for a township's eighteenth of the rows and the count scans the table.
CREATE INDEX ix_case_township ON screening_case (township_code, registered_at);

-- All cases of one status, newest first ("every suspected case"): the (status, township_code,
-- registered_at) index finds them but not in time order, so H2 sorted every one of them.
CREATE INDEX ix_case_status ON screening_case (status, registered_at);
