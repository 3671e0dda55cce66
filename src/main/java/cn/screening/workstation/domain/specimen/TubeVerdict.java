package cn.screening.workstation.domain.specimen;

import java.time.Instant;
import java.util.UUID;

/**
 * One scanned tube of a received box: accepted, or rejected with a reason (rule 25).
 *
 * @param condition what the receiver saw, free text (e.g. 轻微溶血); may be empty
 */
public record TubeVerdict(UUID sampleId, String sampleNo, TubeDecision decision, RejectionReason reason, String condition,
                          Instant at, String by) {
}
