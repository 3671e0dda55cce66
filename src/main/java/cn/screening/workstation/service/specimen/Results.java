package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.ResultCheck;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lab enters and confirms results; the county reads what its cases came to. */
public final class Results implements ResultsPort {

    private static final int RECEIPTS_LISTED = 200;

    private final SpecimenContext ctx;

    Results(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** Limits until the province's reference data carries its own. */
    private static final ResultRules RULES = new ResultRules(ResultLimits.DEFAULT);

    @Override
    public ResultRules rules() {
        return RULES;
    }

    @Override
    public ResultOutcome enter(AwaitingResult tube, ResultEntry entry, boolean acknowledged) {
        return enter(tube.sampleNo(), entry, acknowledged);
    }

    /** Accepted tubes at this lab and how far their results are, the newest boxes first. */
    public List<AwaitingResult> awaiting() {
        return ctx.read(tx -> {
            List<AwaitingResult> out = new ArrayList<>();
            for (Receipt r : ctx.store().receipts().atHospital(tx, ctx.site(), RECEIPTS_LISTED)) {
                for (TubeVerdict v : ctx.store().verdicts().ofReceipt(tx, r.id())) {
                    if (v.decision() != TubeDecision.ACCEPTED) {
                        continue;
                    }
                    Optional<Sample> s = ctx.store().samples().findById(tx, v.sampleId());
                    Optional<LabResult> res = ctx.store().results().ofSample(tx, v.sampleId());
                    out.add(new AwaitingResult(v.sampleId(), v.sampleNo(), s.map(Sample::caseNo).orElse(null),
                            s.map(Sample::maskedName).orElse(null), v.at(), res.isPresent(), res.map(LabResult::confirmed).orElse(false)));
                }
            }
            return out;
        });
    }

    /** The numbers read and checked, the derived class and suggested diagnosis; nothing saved. */
    public ResultCheck preview(String sampleNo, ResultEntry entry) {
        Tube t = ctx.read(tx -> tube(tx, clean(sampleNo)));
        return ctx.resultRules().check(entry, t.sex());
    }

    /**
     * Saves the results of a tube (confirmed when the entry carries a diagnosis). Refused for a
     * rejected or unknown tube, text or out-of-range numbers, or a broken rule 11–16.
     */
    public ResultOutcome enter(String sampleNo, ResultEntry entry, boolean warningsAcknowledged) {
        ctx.requireHospital();
        ResultRules rules = ctx.resultRules();
        String no = clean(sampleNo);
        return ctx.write(tx -> {
            Tube t = tube(tx, no);
            ResultCheck c = rules.check(entry, t.sex());
            SpecimenContext.refuseErrors(c.violations());
            if (c.violations().hasWarnings() && !warningsAcknowledged) {
                return new ResultOutcome.NeedsAcknowledgement(new ValidationResult(c.violations().warnings()));
            }
            Optional<LabResult> before = ctx.store().results().ofSample(tx, t.verdict().sampleId());
            boolean confirm = entry.diagnosis() != null;
            LabResult r = new LabResult(LabResult.idFor(t.verdict().sampleId()), t.verdict().sampleId(), no,
                    t.sample().map(Sample::caseId).orElse(null), t.sample().map(Sample::caseNo).orElse(null), ctx.site(),
                    t.box().fromSite(), c.fviii(), c.fix(), entry.method(), c.vwfAg(), blankToNull(entry.vwfNotDoneReason()),
                    entry.inhibitorScreen(), c.bethesdaBu(), c.derivedSeverity(), c.suggestedDiagnosis(), c.inhibitorPositive(),
                    c.highTitre(), c.needsReview(), entry.diagnosis(), confirm ? c.severity() : null,
                    confirm ? blankToNull(entry.overrideReason()) : null,
                    before.map(LabResult::enteredAt).orElse(tx.now()), before.map(LabResult::enteredBy).orElse(ctx.user()),
                    confirm ? tx.now() : null, confirm ? ctx.user() : null, before.map(LabResult::meta).orElse(null));
            LabResult saved = before.isPresent() ? ctx.store().results().update(tx, r) : ctx.store().results().insert(tx, r);
            return new ResultOutcome.Saved(saved, new ValidationResult(c.violations().warnings()));
        });
    }

    public Optional<LabResult> ofSample(UUID sampleId) {
        return ctx.read(tx -> ctx.store().results().ofSample(tx, sampleId));
    }

    /** What the samples of a case came to (county side): status, confirmed result, urgent referral, rejections. */
    public CaseLabOutcome outcomeOfCase(UUID caseId) {
        return ctx.read(tx -> {
            CaseStatus status = ctx.ws.cases().findById(tx, caseId).map(c -> c.status()).orElse(null);
            List<LabResult> results = ctx.store().results().ofCase(tx, caseId);
            Optional<LabResult> confirmed = results.stream().filter(LabResult::confirmed)
                    .max(Comparator.comparing(LabResult::confirmedAt));
            boolean urgent = results.stream().anyMatch(LabResult::inhibitorPositive);
            List<CaseLabOutcome.Rejection> rejections = new ArrayList<>();
            for (Sample s : ctx.store().samples().ofCase(tx, caseId)) {
                ctx.store().verdicts().ofSample(tx, s.id()).filter(v -> v.decision() == TubeDecision.REJECTED)
                        .ifPresent(v -> rejections.add(new CaseLabOutcome.Rejection(v.sampleNo(), v.reason(), v.condition(), v.at(),
                                v.by())));
            }
            return new CaseLabOutcome(status, confirmed, urgent, status == CaseStatus.REDRAW_REQUESTED, rejections);
        });
    }

    /** A tube at this lab: its verdict (which must be an acceptance), its box, its sample if it arrived. */
    private record Tube(TubeVerdict verdict, Shipment box, Optional<Sample> sample) {
        String sex() {
            return sample.map(Sample::sex).orElse(null);
        }
    }

    private Tube tube(Tx tx, String no) throws SQLException {
        Optional<TubeVerdict> verdict = ctx.store().verdicts().ofNumber(tx, no).filter(v -> ctx.site().equals(v.receivingSite()));
        if (verdict.isEmpty()) {
            boolean known = ctx.store().samples().byNumber(tx, no).filter(s -> ctx.site().equals(s.destination())).isPresent();
            throw SpecimenContext.refused(ResultRules.FVIII, known ? "specimen.result.not_received" : "specimen.result.unknown", no);
        }
        if (verdict.get().decision() == TubeDecision.REJECTED) {
            throw SpecimenContext.refused(ResultRules.FVIII, "specimen.result.rejected", no);
        }
        Shipment box = ctx.store().shipments().findById(tx, verdict.get().shipmentId()).orElseThrow();
        return new Tube(verdict.get(), box, ctx.store().samples().findById(tx, verdict.get().sampleId()));
    }

    private static String clean(String no) {
        return no == null ? "" : no.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
