package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import java.time.Instant;
import java.util.UUID;

/** An accepted tube at the lab, with its result so far (none, entered, or confirmed). */
public record AwaitingResult(UUID sampleId, String sampleNo, String caseNo, String maskedName, Instant receivedAt,
                             boolean entered, boolean confirmed) {

    /** The same tube once this result is saved: what a saved entry answers the list with. */
    public AwaitingResult with(LabResult result) {
        return new AwaitingResult(sampleId, sampleNo, caseNo, maskedName, receivedAt, true, result.confirmed());
    }
}
