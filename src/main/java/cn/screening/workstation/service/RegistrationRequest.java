package cn.screening.workstation.service;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import java.util.UUID;

/**
 * What the registration form submits.
 *
 * @param patient              the patient as typed (id and meta are ignored for a new patient)
 * @param existingPatientId    set when the case is added to a patient already registered
 * @param screening            the hemophilia form; null for other diseases
 * @param warningsAcknowledged the user has read the warnings and saves anyway
 */
public record RegistrationRequest(Patient patient, UUID existingPatientId, String diseaseCode,
                                  HemophiliaScreening screening, boolean warningsAcknowledged) {

    public RegistrationRequest acknowledged() {
        return new RegistrationRequest(patient, existingPatientId, diseaseCode, screening, true);
    }

    public RegistrationRequest forExistingPatient(UUID patientId) {
        return new RegistrationRequest(patient, patientId, diseaseCode, screening, warningsAcknowledged);
    }
}
