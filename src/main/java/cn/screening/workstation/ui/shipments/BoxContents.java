package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import java.util.List;

/** A box and the tubes in it, in the order they were scanned. */
public record BoxContents(Shipment box, List<Sample> tubes) {
}
