package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import java.util.List;

/**
 * A box at the hospital as the receiving page shows it: what was sent, its receipt so far (null
 * before arrival), and the two compared. Every receiving command answers with it, read in its own transaction.
 */
public record ArrivingBox(Shipment box, Receipt receipt, Reconciliation reconciliation) {

    static ArrivingBox of(Shipment box, Receipt receipt, List<TubeVerdict> verdicts) {
        return new ArrivingBox(box, receipt, Reconciliation.of(box, receipt, verdicts));
    }

    /** The box as the incoming list names it, once its receipt is known. */
    public IncomingBox asIncoming() {
        return IncomingBox.of(box, receipt != null);
    }
}
