package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import java.util.List;

/** A box at the county and the tubes in it, by number: what the packing page shows of the box worked on. */
public record BoxContents(Shipment box, List<Sample> tubes) {
}
