package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.ScreeningResult;

/**
 * A case opened in full. The patient's ID number is masked here too; {@link CaseBrowser#revealIdNumber}
 * gives the whole number to roles that may see it, and audits it.
 */
public record CaseDetails(String caseNo, ScreeningCase screeningCase, Patient patient, String maskedIdNumber,
                          String diseaseName, String townshipName, ScreeningResult screening) {
}
