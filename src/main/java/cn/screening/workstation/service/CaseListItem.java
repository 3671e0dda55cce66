package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.ScreeningClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case-list row as a screen may show it: name and ID masked. */
public record CaseListItem(UUID caseId, String caseNo, UUID patientId, String maskedName, String maskedIdNumber, Sex sex,
                           LocalDate birthDate, String diseaseCode, String diseaseName, CaseStatus status,
                           ScreeningClass classification, String townshipCode, String townshipName, Instant registeredAt) {
}
