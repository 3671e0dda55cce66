package cn.screening.workstation.service.specimen;

import java.time.Instant;
import java.util.UUID;

/** An accepted tube at the lab, with its result so far (none, entered, or confirmed). */
public record AwaitingResult(UUID sampleId, String sampleNo, String caseNo, String maskedName, Instant receivedAt,
                             boolean entered, boolean confirmed) {
}
