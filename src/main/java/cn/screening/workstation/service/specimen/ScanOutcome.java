package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.TubeVerdict;

/** A tube scanned at a box being received: its row as it now stands, and the box's reconciliation. */
public record ScanOutcome(TubeVerdict tube, Reconciliation reconciliation) {
}
