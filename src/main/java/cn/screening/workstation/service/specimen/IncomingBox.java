package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A dispatched box addressed to this hospital, as the receiving list shows it. */
public record IncomingBox(UUID shipmentId, String boxNo, String fromSite, Instant dispatchedAt, ShipmentCondition condition,
                          String courier, String trackingNo, int tubes, boolean received) {

    /** The list's order: boxes not yet received first (a stable sort keeps the rest as read). */
    public static final Comparator<IncomingBox> NOT_RECEIVED_FIRST = Comparator.comparing(IncomingBox::received);

    static IncomingBox of(Shipment s, boolean received) {
        return new IncomingBox(s.id(), s.boxNo(), s.fromSite(), s.dispatchedAt(), s.condition(), s.courier(), s.trackingNo(),
                s.items().size(), received);
    }
}
