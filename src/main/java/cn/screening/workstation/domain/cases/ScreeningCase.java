package cn.screening.workstation.domain.cases;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import java.time.Instant;
import java.util.UUID;

/**
 * A suspected case of one catalogue disease in one patient, reported by a site.
 *
 * @param townshipCode the township responsible for the case (the patient's, at registration)
 * @param screening    the hemophilia screening form, null for other diseases
 */
public record ScreeningCase(
        UUID id,
        UUID patientId,
        String diseaseCode,
        CaseStatus status,
        String townshipCode,
        String reportingSite,
        String reportedBy,
        Instant registeredAt,
        HemophiliaScreening screening,
        SyncMeta meta) {
}
