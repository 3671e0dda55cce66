package cn.screening.workstation.sync;

import java.time.Duration;

/**
 * How many changes go in the next batch: starts at 200, halves when a batch fails or is slow, grows
 * by half when batches come back fast; kept between 10 and 1000. Only a batch the server refused
 * whole (too large, unreadable) may go below 10, down to one, to find the change it chokes on.
 */
public final class BatchSizer {

    public static final int START = 200;
    public static final int MIN = 10;
    public static final int MAX = 1000;

    private final Duration slow;
    private final Duration fast;
    private int size = START;

    /**
     * @param slow an answer taking longer than this halves the size
     * @param fast an answer quicker than this grows it
     */
    public BatchSizer(Duration slow, Duration fast) {
        this.slow = slow;
        this.fast = fast;
    }

    public static BatchSizer standard() {
        return new BatchSizer(Duration.ofSeconds(15), Duration.ofSeconds(3));
    }

    public synchronized int size() {
        return size;
    }

    /**
     * The size of a batch taken while the one before is still with the server: what the next batch
     * will be if that answer comes back fast, as most do (a slow one halves the batch after).
     */
    public synchronized int sizeAhead() {
        return grown(size);
    }

    public synchronized void answered(Duration took) {
        if (took.compareTo(slow) > 0) {
            size = Math.max(MIN, size / 2);
        } else if (took.compareTo(fast) < 0) {
            size = grown(size);
        }
    }

    private static int grown(int size) {
        return Math.min(MAX, Math.max(size + 1, size * 3 / 2));
    }

    public synchronized void failed() {
        size = Math.max(MIN, size / 2);
    }

    public synchronized void refusedWhole(int batchLength) {
        size = Math.max(1, Math.min(size, batchLength) / 2);
    }
}
