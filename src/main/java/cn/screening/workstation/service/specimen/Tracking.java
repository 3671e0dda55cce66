package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.SampleTimeline;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.domain.specimen.Turnaround;
import cn.screening.workstation.domain.specimen.TurnaroundClock;
import cn.screening.workstation.domain.specimen.TurnaroundLimits;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where samples are: the timeline of one, the overdue ones, the tubes nearing the spin limit. */
public final class Tracking implements TrackingPort {

    private static final int OVERDUE_LIMIT = 1000;

    private final SpecimenContext ctx;

    Tracking(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<NearingTube> nearing() {
        return nearingSpinLimit();
    }

    @Override
    public Optional<SampleTimeline> timeline(String sampleNo) {
        String no = sampleNo == null ? "" : sampleNo.strip();
        return ctx.read(tx -> ctx.store().samples().byNumber(tx, no)).map(s -> timeline(s.id()));
    }

    @Override
    public List<SampleTimeline> ofCase(UUID caseId) {
        return ctx.read(tx -> ctx.store().samples().ofCase(tx, caseId)).stream().map(s -> timeline(s.id())).toList();
    }

    public SampleTimeline timeline(UUID sampleId) {
        return ctx.read(tx -> {
            Sample s = ctx.store().samples().findById(tx, sampleId)
                    .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.TUBE, "specimen.box.unknown", sampleId));
            return timeline(tx, s);
        });
    }

    SampleTimeline timeline(Tx tx, Sample s) throws SQLException {
        Shipment box = ctx.store().shipments().holding(tx, s.id()).orElse(null);
        TubeVerdict verdict = ctx.store().verdicts().ofSample(tx, s.id()).orElse(null);
        LabResult result = ctx.store().results().ofSample(tx, s.id()).orElse(null);
        return SampleTimeline.of(s, box, verdict, result);
    }

    /** Samples of this site (drawn here, or sent to it) whose current leg has run past its limit, the longest first. */
    public List<SampleRow> overdue() {
        TurnaroundLimits limits = ctx.turnaroundLimits();
        TurnaroundClock clock = new TurnaroundClock(limits);
        Instant now = ctx.now();
        return ctx.read(tx -> {
            List<SampleRow> out = new ArrayList<>();
            for (UUID id : ctx.store().turnaround().candidates(tx, ctx.site(), now.minus(limits.drawToDispatch()),
                    now.minus(limits.dispatchToReceipt()), now.minus(limits.receiptToResult()), OVERDUE_LIMIT)) {
                Optional<Sample> s = ctx.store().samples().findById(tx, id);
                if (s.isEmpty()) {
                    continue;
                }
                SampleTimeline t = timeline(tx, s.get());
                Turnaround clockNow = clock.at(t, now);
                if (clockNow.overdue()) {
                    out.add(new SampleRow(s.get(), t.last().stage(), clockNow));
                }
            }
            out.sort((a, b) -> b.turnaround().elapsed().minus(b.turnaround().limit())
                    .compareTo(a.turnaround().elapsed().minus(a.turnaround().limit())));
            return out;
        });
    }

    /** County: whole-blood tubes within the warning window of the draw-to-spin limit, the most urgent first. */
    public List<NearingTube> nearingSpinLimit() {
        SampleRules rules = ctx.sampleRules();
        Instant now = ctx.now();
        Duration window = rules.limits().drawToSpin();
        return ctx.read(tx -> {
            List<NearingTube> out = new ArrayList<>();
            for (Sample s : ctx.store().samples().unspunSince(tx, ctx.site(), now.minus(window))) {
                rules.nearingSpinLimit(s, now).ifPresent(left -> out.add(new NearingTube(s.id(), s.sampleNo(), s.caseNo(),
                        s.maskedName(), s.drawnAt(), left)));
            }
            out.sort((a, b) -> a.left().compareTo(b.left()));
            return out;
        });
    }
}
