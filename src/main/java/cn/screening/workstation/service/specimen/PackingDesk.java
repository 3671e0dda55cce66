package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Shipment;
import java.util.List;

/** The packing page after a box was started or sent: that box, and this site's boxes (open ones first), read in the same transaction. */
public record PackingDesk(BoxContents box, List<Shipment> boxes) {
}
