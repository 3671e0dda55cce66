package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.validation.Violation;
import java.util.Optional;

/**
 * Judges a status change of a referral: allowed only along a move of {@link ReferralMove}, made by
 * the side that owns it, with a reason where one is needed (DOMAIN §8 rules 27, 28).
 */
public final class ReferralStateMachine {

    private ReferralStateMachine() {
    }

    /** Why {@code side} may not move a referral from {@code from} to {@code to}; empty when it may. */
    public static Optional<Violation> check(ReferralStatus from, ReferralStatus to, ReferralSide side, String reason) {
        Optional<ReferralMove> move = ReferralMove.between(from, to);
        if (move.isEmpty()) {
            return Optional.of(Violation.error("status", "referral.move.not_allowed", from.zh(), to.zh()));
        }
        if (move.get().side() != side) {
            return Optional.of(Violation.error("status", "referral.move.other_side", from.zh(), to.zh(),
                    move.get().side().zh()));
        }
        if (move.get().needsReason() && (reason == null || reason.isBlank())) {
            return Optional.of(Violation.error("rejectReason", "referral.reject.reason_required"));
        }
        return Optional.empty();
    }
}
