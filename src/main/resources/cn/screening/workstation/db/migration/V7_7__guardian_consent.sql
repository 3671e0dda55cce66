-- DOMAIN rule 10: the day the guardian of a patient under 14 consented. A minor without it stays on
-- the workstation (the push holds back their records); the birth-date index finds the minors quickly.
ALTER TABLE patient ADD COLUMN guardian_consent_date DATE;
CREATE INDEX ix_patient_birth_date ON patient (birth_date);
