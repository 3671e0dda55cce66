package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.store.specimen.SampleRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county draws samples on a case: checked against the sample rules, numbered site code + sequence. */
public final class SampleDraw implements SampleDrawPort {

    static final String SEQUENCE = "sample";

    private final SpecimenContext ctx;

    SampleDraw(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** Limits until the province's reference data carries its own. */
    private static final SampleRules RULES = new SampleRules(SampleLimits.DEFAULT);

    @Override
    public SampleRules rules() {
        return RULES;
    }

    /** The rules the draw breaks now, for the form to show before saving. */
    public ValidationResult check(DrawRequest req) {
        return ctx.sampleRules().validate(sampleOf(null, null, null, null, null, req), ctx.now());
    }

    /** Saves a new sample on the case; refused with {@link SpecimenRefused} when a rule is broken. */
    public Sample draw(UUID caseId, DrawRequest req) {
        ctx.requireScreeningSite();
        SampleRules rules = ctx.sampleRules();
        return ctx.write(tx -> {
            ScreeningCase c = ctx.ws.cases().findById(tx, caseId)
                    .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.TUBE, "specimen.case.unknown"));
            String caseNo = ctx.ws.cases().caseNumber(tx, caseId).orElseThrow();
            Optional<Patient> p = ctx.ws.patients().findById(tx, c.patientId());
            Sample draft = sampleOf(null, caseId, caseNo, p.map(Patient::name).map(Masking::name).orElse(null),
                    p.map(x -> x.sex().code()).orElse(null), req);
            SpecimenContext.refuseErrors(rules.validate(draft, tx.now()));
            String no = SampleRepository.number(ctx.site(), ctx.ws.numbers().next(tx, SEQUENCE));
            return ctx.store().samples().insert(tx, withNumber(draft, no));
        });
    }

    /** Records spin, freeze, aliquots and storage of a tube of this site not yet dispatched. */
    public Sample update(UUID sampleId, DrawRequest req) {
        ctx.requireScreeningSite();
        SampleRules rules = ctx.sampleRules();
        return ctx.write(tx -> {
            Sample before = ctx.store().samples().findById(tx, sampleId)
                    .filter(s -> s.siteCode().equals(ctx.site()))
                    .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.TUBE, "specimen.box.unknown", sampleId));
            if (before.status() == SampleStatus.DISPATCHED) {
                throw SpecimenContext.refused(ShipmentRules.TUBE, "specimen.box.sent", before.sampleNo());
            }
            Sample after = new Sample(before.id(), before.sampleNo(), before.caseId(), before.caseNo(), before.maskedName(),
                    before.sex(), before.siteCode(), req.tubeType(), req.fillPercent(), req.drawnAt(), req.drawnBy(), req.spunAt(),
                    req.frozenAt(), req.aliquots(), req.storageTempC(), before.status(), before.shipmentId(), before.destination(),
                    before.meta());
            SpecimenContext.refuseErrors(rules.validate(after, tx.now()));
            return ctx.store().samples().update(tx, after);
        });
    }

    public List<Sample> ofCase(UUID caseId) {
        return ctx.read(tx -> ctx.store().samples().ofCase(tx, caseId));
    }

    public Optional<Sample> byNumber(String sampleNo) {
        return ctx.read(tx -> ctx.store().samples().byNumber(tx, sampleNo == null ? "" : sampleNo.strip()));
    }

    private Sample sampleOf(String no, UUID caseId, String caseNo, String maskedName, String sex, DrawRequest r) {
        return new Sample(RecordIds.next(), no, caseId, caseNo, maskedName, sex, ctx.site(), r.tubeType(), r.fillPercent(),
                r.drawnAt(), r.drawnBy(), r.spunAt(), r.frozenAt(), r.aliquots(), r.storageTempC(), SampleStatus.DRAWN, null, null,
                null);
    }

    private static Sample withNumber(Sample s, String no) {
        return new Sample(s.id(), no, s.caseId(), s.caseNo(), s.maskedName(), s.sex(), s.siteCode(), s.tubeType(), s.fillPercent(),
                s.drawnAt(), s.drawnBy(), s.spunAt(), s.frozenAt(), s.aliquots(), s.storageTempC(), s.status(), s.shipmentId(),
                s.destination(), s.meta());
    }
}
