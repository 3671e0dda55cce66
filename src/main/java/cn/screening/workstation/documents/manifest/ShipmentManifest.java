package cn.screening.workstation.documents.manifest;

import cn.screening.workstation.documents.Fields;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A box of tubes on its way to the designated hospital (DOMAIN §2 "Shipment manifest"): the
 * header the courier and the receiving lab read, then one line per tube.
 *
 * @param manifestNumber      the shipment's number, printed on every page and as a QR code
 * @param boxNumber           the box's number
 * @param sender              sending institution (county hospital or clinic)
 * @param senderContact       contact person and phone at the sender; may be empty
 * @param destination         the receiving designated hospital / lab
 * @param courier             courier company; may be empty for hand delivery
 * @param trackingNumber      may be empty
 * @param packedAt            when the box was packed
 * @param dispatchedAt        when it left; null while not yet handed over
 * @param condition           常温 / 冷藏 / 干冰 (the printed label)
 * @param dryIceKg            kg of dry ice; null unless shipped on dry ice
 * @param temperatureLoggerId the logger in the box; rule 26 requires it for a frozen shipment (the caller checks)
 * @param packingTemperatureC the temperature read when packing, °C; null if not read
 * @param lines               the tubes, at least one
 */
public record ShipmentManifest(String manifestNumber, String boxNumber, String sender, String senderContact,
                               String destination, String courier, String trackingNumber, LocalDateTime packedAt,
                               LocalDateTime dispatchedAt, String condition, BigDecimal dryIceKg,
                               String temperatureLoggerId, BigDecimal packingTemperatureC, List<ManifestLine> lines) {

    public ShipmentManifest {
        manifestNumber = Fields.barcodeText("manifestNumber", manifestNumber).strip();
        boxNumber = Fields.optional(boxNumber);
        sender = Fields.required("sender", sender);
        senderContact = Fields.optional(senderContact);
        destination = Fields.required("destination", destination);
        courier = Fields.optional(courier);
        trackingNumber = Fields.optional(trackingNumber);
        Fields.required("packedAt", packedAt);
        condition = Fields.required("condition", condition);
        if (dryIceKg != null && dryIceKg.signum() <= 0) {
            throw Fields.refused("dryIceKg", "problem.positive");
        }
        temperatureLoggerId = Fields.optional(temperatureLoggerId);
        lines = Fields.nonEmpty("lines", lines);
    }
}
