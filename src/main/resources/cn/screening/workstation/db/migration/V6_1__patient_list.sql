-- The 患者 list (and the patient export) filtered by township or by poverty group, in name order:
-- with the name and id after the filtered column, the index gives a page in order without sorting
-- every patient of a township. Name and ID searches use ix_patient_name and ix_patient_id_number_id.
-- (Numbered 6.1 so that it sorts after V5 and leaves V6 free for the other work of this release.)
CREATE INDEX ix_patient_township ON patient (township_code, name, id);
CREATE INDEX ix_patient_poverty ON patient (poverty_status, name, id);
