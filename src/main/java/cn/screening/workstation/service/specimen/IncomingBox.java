package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.ShipmentCondition;
import java.time.Instant;
import java.util.UUID;

/** A dispatched box addressed to this hospital, as the receiving list shows it. */
public record IncomingBox(UUID shipmentId, String boxNo, String fromSite, Instant dispatchedAt, ShipmentCondition condition,
                          String courier, String trackingNo, int tubes, boolean received) {
}
