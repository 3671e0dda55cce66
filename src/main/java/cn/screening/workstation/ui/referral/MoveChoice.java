package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.ReferralMove;

/**
 * A button of the referral page: a move of the state machine. The patient's arrival is one move
 * (ADMIT) offered twice: seen in outpatients, or admitted with an inpatient number.
 */
public enum MoveChoice {
    SUBMIT(ReferralMove.SUBMIT),
    WITHDRAW(ReferralMove.WITHDRAW),
    EXPIRE(ReferralMove.EXPIRE),
    ACCEPT(ReferralMove.ACCEPT),
    REJECT(ReferralMove.REJECT),
    ARRIVED(ReferralMove.ADMIT),
    ADMITTED(ReferralMove.ADMIT),
    NO_SHOW(ReferralMove.NO_SHOW),
    ACKNOWLEDGE(ReferralMove.ACKNOWLEDGE),
    CLOSE(ReferralMove.CLOSE);

    private final ReferralMove move;

    MoveChoice(ReferralMove move) {
        this.move = move;
    }

    public ReferralMove move() {
        return move;
    }
}
