package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * POST /api/v1/push: a batch of changes; the same batch id sent again gets the same answer.
 *
 * @param auditHead the workstation's audit chain head, or null (older workstations send none)
 */
public record PushRequest(UUID batchId, List<Change> changes,
                          @JsonInclude(JsonInclude.Include.NON_NULL) AuditHeadClaim auditHead) {

    public PushRequest(UUID batchId, List<Change> changes) {
        this(batchId, changes, null);
    }
}
