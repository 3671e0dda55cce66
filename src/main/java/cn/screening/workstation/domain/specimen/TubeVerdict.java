package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The hospital's word on one scanned tube of a received box: accepted, or rejected with a reason
 * (rule 25). A record of its own, owned by the hospital and addressed to the sending site, so that a
 * scan writes one small record and two desks scanning different tubes of a box never meet.
 *
 * @param condition what the receiver saw, free text (e.g. 轻微溶血); may be empty
 */
public record TubeVerdict(UUID id, UUID receiptId, UUID shipmentId, String receivingSite, String fromSite, UUID sampleId,
                          String sampleNo, TubeDecision decision, RejectionReason reason, String condition, Instant at, String by,
                          SyncMeta meta) implements Synced<TubeVerdict> {

    /** One verdict per tube and receipt, whichever desk scans it. */
    public static UUID idFor(UUID receiptId, UUID sampleId) {
        return UUID.nameUUIDFromBytes(("verdict:" + receiptId + ":" + sampleId).getBytes(StandardCharsets.UTF_8));
    }

    public TubeVerdict judged(TubeDecision d, RejectionReason r, String seen, Instant when, String who) {
        return new TubeVerdict(id, receiptId, shipmentId, receivingSite, fromSite, sampleId, sampleNo, d, r, seen, when, who, meta);
    }

    public TubeVerdict withMeta(SyncMeta m) {
        return new TubeVerdict(id, receiptId, shipmentId, receivingSite, fromSite, sampleId, sampleNo, decision, reason, condition, at,
                by, m);
    }
}
