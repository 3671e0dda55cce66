package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a case follows its referral (DOMAIN §5), judged at the sender, which holds the case:
 * sent → 已转诊; the back-referral received → the hospital's conclusion for a disease other than
 * hemophilia (已确诊 / 已排除; hemophilia is decided by the lab's result), or 已结案 without one;
 * the referral closed → 已结案. Other moves leave the case as it is.
 */
public final class CaseAfterReferral {

    private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.SUSPECTED, CaseStatus.SAMPLE_SENT,
            CaseStatus.REDRAW_REQUESTED, CaseStatus.CONFIRMED);

    private CaseAfterReferral() {
    }

    /**
     * @param conclusion the back-referral's conclusion (已确诊 / 已排除), or null
     * @param hemophilia the case is of hemophilia, whose diagnosis only the lab's result gives
     */
    public static Optional<CaseStatus> after(ReferralStatus to, CaseStatus current, boolean hemophilia, CaseStatus conclusion) {
        if (current == null || current == CaseStatus.CLOSED) {
            return Optional.empty();
        }
        return switch (to) {
            case SUBMITTED -> OPEN.contains(current) ? Optional.of(CaseStatus.REFERRED) : Optional.empty();
            case BACK_RECEIVED -> Optional.of(!hemophilia && isConclusion(conclusion) ? conclusion : CaseStatus.CLOSED);
            case CLOSED -> Optional.of(CaseStatus.CLOSED);
            default -> Optional.empty();
        };
    }

    /** What a hospital may conclude on a back-referral. */
    public static boolean isConclusion(CaseStatus s) {
        return s == CaseStatus.CONFIRMED || s == CaseStatus.EXCLUDED;
    }
}
