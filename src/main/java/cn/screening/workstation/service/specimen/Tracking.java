package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.SampleTimeline;
import java.util.List;
import java.util.UUID;

/** Where samples are: the timeline of one, the overdue ones, the tubes nearing the spin limit. */
public final class Tracking {

    private final SpecimenContext ctx;

    Tracking(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    public SampleTimeline timeline(UUID sampleId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Samples of this site (or addressed to it) whose current leg has run past its limit. */
    public List<SampleRow> overdue() {
        throw new UnsupportedOperationException("not yet");
    }

    /** County: whole-blood tubes within the warning window of the draw-to-spin limit. */
    public List<NearingTube> nearingSpinLimit() {
        throw new UnsupportedOperationException("not yet");
    }
}
