package cn.screening.workstation.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanQueueTest {

    private final List<String> started = new ArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();
    private final ScanQueue queue = new ScanQueue((code, done) -> {
        started.add(code);
        pending.add(done);
    });

    @Test
    void aCodeWaitsUntilTheOneBeforeIsDone() {
        queue.add(" A-1 ");
        queue.add("A-2");
        queue.add("A-3");
        assertThat(started).containsExactly("A-1");
        pending.get(0).run();
        assertThat(started).containsExactly("A-1", "A-2");
        pending.get(1).run();
        pending.get(2).run();
        assertThat(started).containsExactly("A-1", "A-2", "A-3");
    }

    @Test
    void anIdleQueueStartsTheNextCodeAtOnce() {
        queue.add("B-1");
        pending.get(0).run();
        queue.add("B-2");
        assertThat(started).containsExactly("B-1", "B-2");
    }
}
