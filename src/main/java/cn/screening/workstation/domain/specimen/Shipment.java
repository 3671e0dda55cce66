package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A box of tubes from a county site to a designated hospital (DOMAIN §2 "Shipment manifest"),
 * owned by the sending site and addressed to the hospital.
 *
 * @param boxNo         the box's number, site code + sequence; also the manifest number
 * @param dryIceKg      kg of dry ice, when on dry ice
 * @param loggerId      the temperature logger in the box (required when frozen, rule 26)
 * @param packingTempC  the temperature read when packing, °C
 */
public record Shipment(
        UUID id,
        String boxNo,
        String fromSite,
        String destination,
        String courier,
        String trackingNo,
        Instant packedAt,
        String packedBy,
        Instant dispatchedAt,
        String dispatchedBy,
        ShipmentCondition condition,
        BigDecimal dryIceKg,
        String loggerId,
        BigDecimal packingTempC,
        List<ShipmentItem> items,
        ShipmentStatus status,
        SyncMeta meta) implements Synced<Shipment> {

    public Shipment {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean contains(UUID sampleId) {
        return items.stream().anyMatch(i -> i.sampleId().equals(sampleId));
    }

    public Shipment withItems(List<ShipmentItem> newItems) {
        return new Shipment(id, boxNo, fromSite, destination, courier, trackingNo, packedAt, packedBy, dispatchedAt, dispatchedBy,
                condition, dryIceKg, loggerId, packingTempC, newItems, status, meta);
    }

    public Shipment withMeta(SyncMeta m) {
        return new Shipment(id, boxNo, fromSite, destination, courier, trackingNo, packedAt, packedBy, dispatchedAt, dispatchedBy,
                condition, dryIceKg, loggerId, packingTempC, items, status, m);
    }
}
