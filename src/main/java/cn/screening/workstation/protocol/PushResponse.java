package cn.screening.workstation.protocol;

import java.util.List;
import java.util.UUID;

/** One result per change of the batch, in the batch's order. */
public record PushResponse(UUID batchId, List<ChangeResult> results) {
}
