package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralSide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The buttons for this side now: the machine's moves, the arrival offered as outpatient or admission. */
    static List<MoveChoice> offered(Referral r, ReferralSide side, LocalDate today) {
        List<MoveChoice> out = new ArrayList<>();
        for (ReferralMove m : ReferralMove.from(r.status(), side)) {
            switch (m) {
                case ADMIT -> {
                    out.add(ARRIVED);
                    out.add(ADMITTED);
                }
                case BACK_REFER -> { } // written in the back-referral form
                case EXPIRE -> {
                    if (r.expiredOn(today)) {
                        out.add(EXPIRE);
                    }
                }
                default -> out.add(valueOf(m.name()));
            }
        }
        return out;
    }
}
