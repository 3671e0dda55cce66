package cn.screening.workstation.domain.specimen;

import java.time.Duration;

/**
 * Where a sample's clock stands: the leg it is in (the stage it waits for), how long that leg has
 * run and may run. A finished sample (resulted or rejected) has no running leg.
 */
public record Turnaround(String sampleNo, SampleStage waitingFor, Duration elapsed, Duration limit) {

    public boolean finished() {
        return waitingFor == null;
    }

    public boolean overdue() {
        return !finished() && elapsed.compareTo(limit) > 0;
    }
}
