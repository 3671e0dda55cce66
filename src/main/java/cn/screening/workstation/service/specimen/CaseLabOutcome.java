package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.specimen.LabResult;
import java.util.List;
import java.util.Optional;

/**
 * What the samples of one case came to, as the county sees it after sync: the case's status, the
 * confirmed result (diagnosis, class, numbers), urgent referral for an inhibitor, and each rejection.
 */
public record CaseLabOutcome(CaseStatus status, Optional<LabResult> confirmed, boolean urgentReferral, boolean redrawRequested,
                             List<Rejection> rejections) {

    /** A tube the lab refused, and why. */
    public record Rejection(String sampleNo, cn.screening.workstation.domain.specimen.RejectionReason reason, String condition,
                            java.time.Instant at, String by) {
    }
}
