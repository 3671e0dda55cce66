package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.TubeVerdict;

/**
 * One line of the reconciliation panel: a tube number, where it stands, and the lab's verdict once arrived.
 *
 * @param verdict null unless arrived
 * @param note    e.g. the box a stray tube belongs to
 */
public record ReconciledTube(String sampleNo, TubeState state, TubeVerdict verdict, String note) {
}
