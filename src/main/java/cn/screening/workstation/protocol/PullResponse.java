package cn.screening.workstation.protocol;

import java.util.List;

/** GET /api/v1/pull?after=N&limit=M: the records this device may see changed after N, oldest first. */
public record PullResponse(List<PulledRecord> records, long nextCursor, boolean hasMore) {
}
