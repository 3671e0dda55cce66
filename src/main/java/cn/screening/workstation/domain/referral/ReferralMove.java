package cn.screening.workstation.domain.referral;

import static cn.screening.workstation.domain.referral.ReferralSide.RECEIVER;
import static cn.screening.workstation.domain.referral.ReferralSide.SENDER;
import static cn.screening.workstation.domain.referral.ReferralStatus.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every move the referral state machine allows, each owned by one side: the sender writes and
 * withdraws the letter, acknowledges the back-referral and closes; the receiving hospital answers,
 * records the visit and writes the back-referral. There is no other way between two statuses.
 */
public enum ReferralMove {
    SUBMIT(SENDER, Set.of(DRAFT), SUBMITTED),
    WITHDRAW(SENDER, Set.of(DRAFT, SUBMITTED), WITHDRAWN),
    /** the receiving hospital did not answer within the validity window */
    EXPIRE(SENDER, Set.of(SUBMITTED), EXPIRED),
    ACCEPT(RECEIVER, Set.of(SUBMITTED), ACCEPTED),
    /** needs a reason */
    REJECT(RECEIVER, Set.of(SUBMITTED), REJECTED),
    /** the patient arrived: seen in outpatients or admitted */
    ADMIT(RECEIVER, Set.of(ACCEPTED), ADMITTED),
    NO_SHOW(RECEIVER, Set.of(ACCEPTED), ReferralStatus.NO_SHOW),
    BACK_REFER(RECEIVER, Set.of(ADMITTED), BACK_REFERRED),
    ACKNOWLEDGE(SENDER, Set.of(BACK_REFERRED), BACK_RECEIVED),
    CLOSE(SENDER, Set.of(BACK_RECEIVED), CLOSED);

    private final ReferralSide side;
    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    ReferralMove(ReferralSide side, Set<ReferralStatus> from, ReferralStatus to) {
        this.side = side;
        this.from = from;
        this.to = to;
    }

    public ReferralSide side() {
        return side;
    }

    public Set<ReferralStatus> fromStatuses() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public boolean needsReason() {
        return this == REJECT;
    }

    /** A step of the main path 草稿 → … → 已结案, not a side exit. */
    public boolean onMainPath() {
        return switch (this) {
            case SUBMIT, ACCEPT, ADMIT, BACK_REFER, ACKNOWLEDGE, CLOSE -> true;
            default -> false;
        };
    }

    /** The side the main path waits on at a status; empty when the referral has ended. */
    public static Optional<ReferralSide> waitingOn(ReferralStatus status) {
        return from(status).stream().filter(ReferralMove::onMainPath).map(ReferralMove::side).findFirst();
    }

    /** The move from one status to another, if the machine has one. */
    public static Optional<ReferralMove> between(ReferralStatus from, ReferralStatus to) {
        return Arrays.stream(values()).filter(m -> m.from.contains(from) && m.to == to).findFirst();
    }

    /** The moves that leave a status, whichever side makes them. */
    public static List<ReferralMove> from(ReferralStatus status) {
        return Arrays.stream(values()).filter(m -> m.from.contains(status)).toList();
    }

    /** The moves one side may make from a status. */
    public static List<ReferralMove> from(ReferralStatus status, ReferralSide side) {
        return from(status).stream().filter(m -> m.side == side).toList();
    }
}
