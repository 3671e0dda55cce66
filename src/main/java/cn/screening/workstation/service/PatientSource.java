package cn.screening.workstation.service;

import cn.screening.workstation.domain.patient.PatientQuery;
import java.time.LocalDate;
import java.util.UUID;

/** What the 患者 screen reads (the PatientBrowser service; a hand-made one in ViewModel tests). */
public interface PatientSource {

    Page<PatientListItem> search(PatientQuery query);

    /** The patient's record; the service audits the view. */
    PatientRecord open(UUID patientId);

    /** The full ID number; the service checks the permission and audits the reveal. */
    String revealIdNumber(UUID patientId);

    boolean mayReveal();

    /** Records the guardian's consent (rule 10) and answers the record again; the child's records go with the next sync. */
    default PatientRecord recordConsent(UUID patientId, String guardianName, String relation, LocalDate consentDate) {
        throw new IllegalStateException("recording a consent is not offered here");
    }
}
