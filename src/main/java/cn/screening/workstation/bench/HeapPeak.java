package cn.screening.workstation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap's high-water mark over a step: the sum of each heap pool's peak since {@link #reset()}. */
final class HeapPeak {

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** An upper bound (pools peak at different moments), which is what a PC's memory must hold. */
    static long mb() {
        return Benches.mb(heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
