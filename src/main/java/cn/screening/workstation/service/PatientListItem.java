package cn.screening.workstation.service;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A patient-list row as a screen may show it: name and ID masked, as in the case list and the export. */
public record PatientListItem(UUID patientId, String maskedName, String maskedIdNumber, Sex sex, LocalDate birthDate,
                              String townshipName, String villageName, PovertyStatus poverty) {
}
