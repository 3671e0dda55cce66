package cn.screening.workstation.domain.specimen;

import java.math.BigDecimal;
import java.time.Instant;

/** What the county fills in when a box leaves: courier, times, condition and the logger. */
public record DispatchDetails(String courier, String trackingNo, Instant dispatchedAt, ShipmentCondition condition,
                              BigDecimal dryIceKg, String loggerId, BigDecimal packingTempC) {
}
