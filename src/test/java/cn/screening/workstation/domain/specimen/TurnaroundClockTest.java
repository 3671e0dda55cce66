package cn.screening.workstation.domain.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clock runs on the leg a sample is in, against its configured limit; a finished sample has none. */
class TurnaroundClockTest {

    private static final Instant NOW = SampleRulesTest.NOW;

    private static SampleTimeline timeline(TimelineEvent... events) {
        return new SampleTimeline("S-1", List.of(events));
    }

    private static TimelineEvent at(SampleStage s, Duration ago) {
        return new TimelineEvent(s, NOW.minus(ago), "u", "site", null);
    }

    @Test
    void eachLegAgainstItsLimit() {
        TurnaroundClock clock = new TurnaroundClock(TurnaroundLimits.DEFAULT);
        Turnaround drawn = clock.at(timeline(at(SampleStage.DRAWN, Duration.ofHours(49))), NOW);
        assertThat(drawn.waitingFor()).isEqualTo(SampleStage.DISPATCHED);
        assertThat(drawn.overdue()).isTrue();
        Turnaround sent = clock.at(timeline(at(SampleStage.DRAWN, Duration.ofHours(100)), at(SampleStage.DISPATCHED, Duration.ofHours(71))), NOW);
        assertThat(sent.waitingFor()).isEqualTo(SampleStage.RECEIVED);
        assertThat(sent.overdue()).isFalse();
        Turnaround received = clock.at(timeline(at(SampleStage.DRAWN, Duration.ofDays(9)), at(SampleStage.RECEIVED, Duration.ofDays(8))), NOW);
        assertThat(received.overdue()).isTrue();
        assertThat(clock.at(timeline(at(SampleStage.DRAWN, Duration.ofDays(30)), at(SampleStage.REJECTED, Duration.ofDays(20))), NOW)
                .finished()).isTrue();
    }

    @Test
    void limitsAreSettings() {
        TurnaroundClock tight = new TurnaroundClock(TurnaroundLimits.of(Map.of(TurnaroundLimits.DRAW_TO_DISPATCH, 12)));
        assertThat(tight.at(timeline(at(SampleStage.DRAWN, Duration.ofHours(13))), NOW).overdue()).isTrue();
        assertThat(new TurnaroundClock(TurnaroundLimits.DEFAULT).at(timeline(at(SampleStage.DRAWN, Duration.ofHours(13))), NOW).overdue())
                .isFalse();
    }

    @Test
    void theTimelineReadsBothEndsRecords() {
        Sample s = SampleRulesTest.tube(TubeType.CITRATE_3_2, 95, NOW.minus(Duration.ofHours(3)), null, null, null);
        Shipment box = new Shipment(UUID.randomUUID(), "B1", "210727-C", "210700-H", null, null, NOW.minus(Duration.ofHours(2)), "doctor",
                NOW.minus(Duration.ofHours(1)), "doctor", ShipmentCondition.ROOM_TEMPERATURE, null, null, null, List.of(),
                ShipmentStatus.DISPATCHED, null);
        TubeVerdict rejected = new TubeVerdict(UUID.randomUUID(), UUID.randomUUID(), box.id(), "210700-H", "210727-C", s.id(),
                s.sampleNo(), TubeDecision.REJECTED, RejectionReason.CLOTTED, null, NOW, "lab", null);
        SampleTimeline t = SampleTimeline.of(s, box, rejected, null);
        assertThat(t.events()).extracting(TimelineEvent::stage).containsExactly(SampleStage.DRAWN, SampleStage.PACKED,
                SampleStage.DISPATCHED, SampleStage.REJECTED);
        assertThat(t.last().detail()).isEqualTo("CLOTTED");
        assertThat(t.last().site()).isEqualTo("210700-H");
    }

    @Test
    void aRejectionWithoutItsReasonStillMakesATimeline() {
        // a verdict that arrives without its coded reason (a trimmed copy, decision 0025) shows 拒收 without one
        Sample s = SampleRulesTest.tube(TubeType.CITRATE_3_2, 95, NOW.minus(Duration.ofHours(3)), null, null, null);
        TubeVerdict bare = new TubeVerdict(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "210700-H", "210727-C", s.id(),
                s.sampleNo(), TubeDecision.REJECTED, null, null, NOW, null, null);
        SampleTimeline t = SampleTimeline.of(s, null, bare, null);
        assertThat(t.events()).extracting(TimelineEvent::stage).containsExactly(SampleStage.DRAWN, SampleStage.REJECTED);
        assertThat(t.last().detail()).isNull();
        assertThat(t.last().by()).isNull();
    }
}
