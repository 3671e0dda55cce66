package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.identity.Sex;
import java.util.UUID;

/**
 * A patient already in the store for whom a new case is being registered (opened from the 患者
 * screen): only masked identity reaches the form, and the service reads the patient itself.
 */
public record KnownPatient(UUID patientId, String maskedName, String maskedIdNumber, Sex sex) {
}
