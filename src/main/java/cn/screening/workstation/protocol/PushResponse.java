package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One result per change of the batch, in the batch's order.
 *
 * @param auditHead the server's word on the request's audit head, or null when none was sent
 */
public record PushResponse(UUID batchId, List<ChangeResult> results,
                          @JsonInclude(JsonInclude.Include.NON_NULL) AuditHeadAnswer auditHead) {

    public PushResponse(UUID batchId, List<ChangeResult> results) {
        this(batchId, results, null);
    }
}
