package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The designated hospital's receipt of one box (arrival, temperature, what was scanned that was not
 * in it), owned by the hospital and addressed back to the sending site; each tube's verdict is a
 * {@link TubeVerdict} of its own. Its id is derived from the box's ({@link #idFor}), so a box has
 * one receipt only, however many workstations of the hospital receive it.
 *
 * @param unexpected numbers scanned at this box that were not in it (unknown, or in another box)
 * @param completedAt when the receiver closed the box; null while scanning goes on
 */
public record Receipt(
        UUID id,
        UUID shipmentId,
        String boxNo,
        String receivingSite,
        String fromSite,
        Instant arrivedAt,
        BigDecimal arrivalTempC,
        String receivedBy,
        List<String> unexpected,
        Instant completedAt,
        SyncMeta meta) implements Synced<Receipt> {

    public Receipt {
        unexpected = unexpected == null ? List.of() : List.copyOf(unexpected);
    }

    public static UUID idFor(UUID shipmentId) {
        return UUID.nameUUIDFromBytes(("receipt:" + shipmentId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Receipt with(List<String> newUnexpected, Instant completed) {
        return new Receipt(id, shipmentId, boxNo, receivingSite, fromSite, arrivedAt, arrivalTempC, receivedBy, newUnexpected,
                completed, meta);
    }

    public Receipt withMeta(SyncMeta m) {
        return new Receipt(id, shipmentId, boxNo, receivingSite, fromSite, arrivedAt, arrivalTempC, receivedBy, unexpected,
                completedAt, m);
    }
}
