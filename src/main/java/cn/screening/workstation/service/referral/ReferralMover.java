package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.referral.CaseAfterReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStateMachine;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One move of a referral: judged by the state machine for this workstation's side, recorded in the
 * timeline, the case following it, queued and audited, in one transaction that also builds the answer.
 */
final class ReferralMover {

    @FunctionalInterface
    interface Change {
        Referral apply(Tx tx, Referral r) throws SQLException;
    }

    /** What a move answers with, built in its transaction from the stored referral. */
    @FunctionalInterface
    interface Answer<T> {
        T of(Tx tx, Referral moved) throws SQLException;
    }

    static final Change AS_IS = (tx, r) -> r;

    /** A move of the state machine: where to, the timeline's note, and what else changes with it. */
    record Step(ReferralStatus to, String note, Change change) {
    }

    private final Workspace ws;
    private final Function<Referral, ReferralSide> side;

    ReferralMover(Workspace ws, Function<Referral, ReferralSide> side) {
        this.ws = ws;
        this.side = side;
    }

    Referral move(UUID id, Step step) {
        return move(id, step, (tx, r) -> r);
    }

    <T> T move(UUID id, Step step, Answer<T> answer) {
        ReferralStatus to = step.to();
        return ws.database().write(ws.session().actor(), tx -> {
            Referral r = stored(tx, id);
            ReferralSide here = side.apply(r);
            ws.session().require(here == ReferralSide.SENDER ? Permission.REFER : Permission.RECEIVE_REFERRAL);
            Optional<Violation> refused = ReferralStateMachine.check(r.status(), to, here, step.note());
            if (refused.isPresent()) {
                throw new InvalidInput(new ValidationResult(List.of(refused.get())));
            }
            Referral changed = step.change().apply(tx, r);
            Referral moved = changed.moved(new ReferralEvent(tx.now(), r.status(), to, here, ws.session().user().username(),
                    ws.session().site().siteCode(), step.note()));
            followCase(tx, moved, to);
            return answer.of(tx, ws.referrals().update(tx, moved, ReferralMove.between(r.status(), to).orElseThrow().name()));
        });
    }

    Referral stored(Tx tx, UUID id) throws SQLException {
        return ws.referrals().findById(tx, id).orElseThrow(() -> new ServiceException("referral.not_found"));
    }

    /** The case follows its referral where it is held (the sender's site), queued for sync with the move. */
    private void followCase(Tx tx, Referral r, ReferralStatus to) throws SQLException {
        if (r.caseId() == null) {
            return;
        }
        Optional<ScreeningCase> c = ws.cases().findById(tx, r.caseId());
        if (c.isEmpty()) {
            return;
        }
        boolean hemophilia = CaseRegistration.HEMOPHILIA.equals(c.get().diseaseCode());
        CaseStatus conclusion = r.backReferral() == null ? null : r.backReferral().conclusion();
        Optional<CaseStatus> next = CaseAfterReferral.after(to, c.get().status(), hemophilia, conclusion);
        if (next.isPresent() && next.get() != c.get().status()) {
            ws.cases().updateStatus(tx, c.get().id(), next.get());
        }
    }
}
