package cn.screening.workstation.store;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.ScreeningClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the case list, unmasked: the service layer masks it before it reaches a screen or file. */
public record CaseListRow(UUID caseId, String caseNo, UUID patientId, String patientName, IdType idType,
                          String idNumber, Sex sex, LocalDate birthDate, String diseaseCode, CaseStatus status,
                          ScreeningClass classification, String townshipCode, String reportingSite, Instant registeredAt) {
}
