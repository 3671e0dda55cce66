package cn.screening.workstation.service.specimen;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A tube of whole blood close to the draw-to-spin limit: spin it now. */
public record NearingTube(UUID sampleId, String sampleNo, String caseNo, String maskedName, Instant drawnAt, Duration left) {
}
