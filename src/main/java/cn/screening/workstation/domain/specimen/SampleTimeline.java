package cn.screening.workstation.domain.specimen;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample's journey, read off the records both ends hold after sync: the sample (drawn), its box
 * (packed, dispatched), the hospital's verdict on it (received or rejected) and its result.
 */
public record SampleTimeline(String sampleNo, List<TimelineEvent> events) {

    public SampleTimeline {
        events = List.copyOf(events);
    }

    /** Any of box, verdict and result may be null (not there yet). */
    public static SampleTimeline of(Sample s, Shipment box, TubeVerdict verdict, LabResult result) {
        List<TimelineEvent> out = new ArrayList<>();
        out.add(new TimelineEvent(SampleStage.DRAWN, s.drawnAt(), s.drawnBy(), s.siteCode(), null));
        if (box != null && box.packedAt() != null) {
            out.add(new TimelineEvent(SampleStage.PACKED, box.packedAt(), box.packedBy(), box.fromSite(), box.boxNo()));
        }
        if (box != null && box.status() == ShipmentStatus.DISPATCHED) {
            out.add(new TimelineEvent(SampleStage.DISPATCHED, box.dispatchedAt(), box.dispatchedBy(), box.fromSite(), box.boxNo()));
        }
        if (verdict != null) {
            boolean ok = verdict.decision() == TubeDecision.ACCEPTED;
            out.add(new TimelineEvent(ok ? SampleStage.RECEIVED : SampleStage.REJECTED, verdict.at(), verdict.by(), verdict.receivingSite(),
                    ok || verdict.reason() == null ? null : verdict.reason().name()));
        }
        if (result != null && result.confirmed()) {
            out.add(new TimelineEvent(SampleStage.RESULTED, result.confirmedAt(), result.confirmedBy(), result.labSite(),
                    result.diagnosis().name()));
        }
        return new SampleTimeline(s.sampleNo(), out);
    }

    public TimelineEvent last() {
        return events.get(events.size() - 1);
    }

    public java.util.Optional<TimelineEvent> at(SampleStage stage) {
        return events.stream().filter(e -> e.stage() == stage).findFirst();
    }
}
