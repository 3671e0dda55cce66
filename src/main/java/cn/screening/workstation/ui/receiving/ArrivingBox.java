package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.Shipment;

/** A box at the hospital: what was sent, its receipt so far (null before arrival), and the two compared. */
public record ArrivingBox(Shipment box, Receipt receipt, Reconciliation reconciliation) {
}
