package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.ServiceException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

    /**
     * The usual scan field of a page: each code's command runs through {@code tasks} off the FX thread;
     * its answer (which says what the page shows next) goes to {@code answered}, a service error to {@code failed}.
     */
    public static <A> ScanQueue answering(Tasks tasks, Function<String, Callable<A>> command, BiConsumer<String, A> answered,
                                          BiConsumer<String, ServiceException> failed) {
        return new ScanQueue((code, next) -> tasks.run(command.apply(code))
                .onSuccess(answer -> answered.accept(code, answer))
                .onError(ServiceException.class, e -> failed.accept(code, e))
                .andFinally(next)
                .start());
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
