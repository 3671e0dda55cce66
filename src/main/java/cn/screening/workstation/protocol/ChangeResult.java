package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The server's answer for one change.
 *
 * @param version           the record's version after the change (applied, duplicate), or the server's current one
 * @param serverRecord      on conflict: the server's copy, so the client can show both
 * @param conflictingFields on conflict: the fields changed on both sides
 * @param reasons           on rejection: why, field by field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChangeResult(UUID changeId, UUID entityId, ChangeStatus status, long version, PulledRecord serverRecord,
                           List<String> conflictingFields, List<Reason> reasons) {
}
