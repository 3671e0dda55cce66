package cn.screening.workstation.domain.specimen;

import java.time.Instant;

/** One step of a sample's journey: what, when, who and where; {@code detail} e.g. a rejection reason code. */
public record TimelineEvent(SampleStage stage, Instant at, String by, String site, String detail) {
}
