package cn.screening.workstation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap in use at its highest over a step, sampled every 20 ms from a thread of its own: garbage not
 * yet collected counts too, so it reads as "the step ran within this much heap" (never above -Xmx).
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapPeak() {
        System.gc(); // the step's own garbage, not the load's before it
        peak = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapPeak start() {
        return new HeapPeak();
    }

    long mb() {
        return Benches.mb(Math.max(peak, memory.getHeapMemoryUsage().getUsed()));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
