package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.specimen.CaseProgress;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the hospital's records do to the county's cases when they arrive by pull: a newly rejected
 * tube asks for a redraw, a newly confirmed result decides the case. Only a site holding the case
 * moves it, through CaseRepository, so the move is queued for sync in the pull's own transaction.
 * A county health bureau holds the county's cases and reads its tube verdicts, but the move is the
 * county's: the bureau's copy of the case follows when the county's move arrives.
 */
final class CaseArrivals {

    private final SampleRepository samples;
    private final CaseRepository cases;
    private final boolean movesCases;
    private volatile ConfirmedResults confirmed = ConfirmedResults.NONE;

    CaseArrivals(SampleRepository samples, CaseRepository cases, boolean movesCases) {
        this.samples = samples;
        this.cases = cases;
        this.movesCases = movesCases;
    }

    void verdict(Tx tx, Optional<TubeVerdict> before, TubeVerdict after) throws SQLException {
        if (!movesCases) {
            return;
        }
        boolean newlyRejected = after.decision() == TubeDecision.REJECTED
                && before.map(b -> b.decision() != TubeDecision.REJECTED).orElse(true);
        if (newlyRejected) {
            Optional<Sample> s = samples.findById(tx, after.sampleId());
            if (s.isPresent() && s.get().caseId() != null) {
                move(tx, s.get().caseId(), CaseProgress::afterRejection);
            }
        }
    }

    void result(Tx tx, Optional<LabResult> before, LabResult after) throws SQLException {
        if (!movesCases) {
            return;
        }
        boolean newlyConfirmed = after.confirmed()
                && (before.isEmpty() || !before.get().confirmed() || before.get().diagnosis() != after.diagnosis());
        if (newlyConfirmed && after.caseId() != null) {
            move(tx, after.caseId(), current -> CaseProgress.afterResult(current, after.diagnosis()));
            Optional<ScreeningCase> c = cases.findById(tx, after.caseId());
            if (c.isPresent()) {
                confirmed.arrived(tx, c.get(), after);
            }
        }
    }

    void onConfirmed(ConfirmedResults hook) {
        this.confirmed = hook == null ? ConfirmedResults.NONE : hook;
    }

    private void move(Tx tx, UUID caseId, Function<CaseStatus, Optional<CaseStatus>> rule) throws SQLException {
        Optional<ScreeningCase> c = cases.findById(tx, caseId);
        if (c.isEmpty()) {
            return;
        }
        Optional<CaseStatus> next = rule.apply(c.get().status());
        if (next.isPresent()) {
            cases.updateStatus(tx, caseId, next.get());
        }
    }
}
