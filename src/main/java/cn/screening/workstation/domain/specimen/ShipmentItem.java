package cn.screening.workstation.domain.specimen;

import java.util.UUID;

/** One tube listed in a box, by its record and its printed number. */
public record ShipmentItem(UUID sampleId, String sampleNo) {
}
