package cn.screening.workstation.protocol;

import java.util.List;
import java.util.UUID;

/** POST /api/v1/push: a batch of changes; the same batch id sent again gets the same answer. */
public record PushRequest(UUID batchId, List<Change> changes) {
}
