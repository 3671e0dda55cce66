package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county draws samples on a case: checked against the sample rules, numbered site code + sequence. */
public final class SampleDraw {

    private final SpecimenContext ctx;

    SampleDraw(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** The rules the draw breaks now, for the form to show before saving. */
    public ValidationResult check(DrawRequest req) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves a new sample on the case; refused with {@link SpecimenRefused} when a rule is broken. */
    public Sample draw(UUID caseId, DrawRequest req) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Records spin, freeze, aliquots and storage of a tube not yet dispatched. */
    public Sample update(UUID sampleId, DrawRequest req) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Sample> ofCase(UUID caseId) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Sample> byNumber(String sampleNo) {
        throw new UnsupportedOperationException("not yet");
    }
}
