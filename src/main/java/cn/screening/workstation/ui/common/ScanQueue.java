package cn.screening.workstation.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;

/**
 * Codes from a scan field, worked one at a time in the order they came: a scanner types faster than
 * the store answers. The work is handed each code and a callback to run when it is done, on
 * success or failure alike (e.g. from {@code Tasks}' andFinally). FX thread only.
 */
public final class ScanQueue {

    private final Deque<String> codes = new ArrayDeque<>();
    private final BiConsumer<String, Runnable> work;
    private boolean working;

    public ScanQueue(BiConsumer<String, Runnable> work) {
        this.work = work;
    }

    public void add(String code) {
        codes.add(code.strip());
        if (!working) {
            next();
        }
    }

    private void next() {
        String code = codes.poll();
        working = code != null;
        if (working) {
            work.accept(code, this::next);
        }
    }
}
