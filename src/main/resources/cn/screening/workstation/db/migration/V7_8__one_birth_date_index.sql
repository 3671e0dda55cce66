-- Bulk writes (issue 11, decision 0026): every patient index is one more B-tree entry per new patient,
-- and one keyed by birth date lands on a random leaf. ix_patient_birth_name (birth_date, name) already
-- leads with the birth date, so it serves the minors' look-up (ConsentHolds) as well; the second one goes.
DROP INDEX ix_patient_birth_date;
