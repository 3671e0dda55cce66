package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.SampleTimeline;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where samples are, for the tracking page and the case window (store reads: off the FX thread). */
public interface TrackingPort {

    /** Whole-blood tubes close to the draw-to-spin limit (county). */
    List<NearingTube> nearing();

    /** Samples whose current leg has run past its limit. */
    List<SampleRow> overdue();

    /** The journey of the sample with this number, if this site knows it. */
    Optional<SampleTimeline> timeline(String sampleNo);

    /** The journeys of a case's samples, oldest first. */
    List<SampleTimeline> ofCase(UUID caseId);
}
