package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.cases.CaseStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** How a case moves as its samples go: sent, rejected (redraw), resulted (confirmed or excluded). */
public final class CaseProgress {

    private static final Set<CaseStatus> AWAITING = EnumSet.of(CaseStatus.SUSPECTED, CaseStatus.SAMPLE_SENT, CaseStatus.REDRAW_REQUESTED);

    private CaseProgress() {
    }

    /** A box with the case's tube left: 已送样. */
    public static Optional<CaseStatus> afterDispatch(CaseStatus current) {
        return current == CaseStatus.SUSPECTED || current == CaseStatus.REDRAW_REQUESTED
                ? Optional.of(CaseStatus.SAMPLE_SENT) : Optional.empty();
    }

    /** The lab rejected the case's tube: a new sample is needed, unless the case is already decided. */
    public static Optional<CaseStatus> afterRejection(CaseStatus current) {
        return current == CaseStatus.SUSPECTED || current == CaseStatus.SAMPLE_SENT
                ? Optional.of(CaseStatus.REDRAW_REQUESTED) : Optional.empty();
    }

    /** The lab confirmed a diagnosis: hemophilia A/B is 已确诊; anything else excludes hemophilia. */
    public static Optional<CaseStatus> afterResult(CaseStatus current, Diagnosis d) {
        if (d == null || !(AWAITING.contains(current) || current == CaseStatus.REFERRED)) {
            return Optional.empty();
        }
        return Optional.of(d.hemophilia() ? CaseStatus.CONFIRMED : CaseStatus.EXCLUDED);
    }
}
