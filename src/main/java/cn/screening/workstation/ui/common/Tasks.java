package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.specimen.SpecimenRefused;
import cn.screening.workstation.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way screens run work off the FX thread: {@code tasks.run(work).onSuccess(..).onError(..).start()}.
 * Success, error and finally handlers run on the FX thread. An error without a matching handler
 * goes to the {@link ErrorReporter}, which shows service and store refusals as sentences.
 */
public final class Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final Executor executor;
    private final ErrorReporter reporter;
    private final boolean direct;

    private Tasks(Executor executor, ErrorReporter reporter, boolean direct) {
        this.executor = executor;
        this.reporter = reporter;
        this.direct = direct;
    }

    /** Work on the executor's threads, handlers on the FX thread (production and screen tests). */
    public static Tasks background(Executor executor, ErrorReporter reporter) {
        return new Tasks(executor, reporter, false);
    }

    /** Work and handlers on the caller's thread, with no FX toolkit: for ViewModel tests. */
    public static Tasks direct(ErrorReporter reporter) {
        return new Tasks(Runnable::run, reporter, true);
    }

    public ErrorReporter reporter() {
        return reporter;
    }

    public <T> Builder<T> run(Callable<T> work) {
        return new Builder<>(Objects.requireNonNull(work));
    }

    public Builder<Void> run(Runnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    /** One piece of background work being put together. */
    public final class Builder<T> {
        private final Callable<T> work;
        private Consumer<? super T> success = v -> { };
        private final List<Handler<?>> handlers = new ArrayList<>();
        private Runnable last = () -> { };
        private BooleanProperty busy;

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.success = handler;
            return this;
        }

        /** Handles errors of this type (the first matching handler wins, in the order added). */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            handlers.add(new Handler<>(type, handler));
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.last = handler;
            return this;
        }

        /** True while the work runs: for disabling buttons and showing progress. */
        /**
         * A refused command shown on its form: the rules a SpecimenRefused names at their fields, and any
         * refusal's sentence in {@code message}.
         */
        public Builder<T> refusedOn(FieldProblems problems, StringProperty message) {
            onError(SpecimenRefused.class, e -> {
                problems.showAll(e.violations().violations());
                message.set(problems.sentence(e));
            });
            return onError(ServiceException.class, e -> message.set(problems.sentence(e)));
        }

        public Builder<T> busy(BooleanProperty flag) {
            this.busy = flag;
            return this;
        }

        /** Starts the work; call from the FX thread (or any thread for {@link #direct}). */
        public void start() {
            if (busy != null) {
                busy.set(true);
            }
            if (direct) {
                T value;
                try {
                    value = work.call();
                } catch (Throwable e) {
                    failed(e);
                    return;
                }
                succeeded(value);
                return;
            }
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> succeeded(task.getValue()));
            task.setOnFailed(e -> failed(task.getException()));
            executor.execute(task);
        }

        private void succeeded(T value) {
            try {
                success.accept(value);
            } finally {
                done();
            }
        }

        private void failed(Throwable e) {
            try {
                for (Handler<?> h : handlers) {
                    if (h.accept(e)) {
                        return;
                    }
                }
                report(e);
            } finally {
                done();
            }
        }

        private void done() {
            if (busy != null) {
                busy.set(false);
            }
            last.run();
        }
    }

    private void report(Throwable e) {
        if (e instanceof ServiceException se) {
            reporter.refused(se);
        } else if (e instanceof StoreException st) {
            LOG.warn("store failure: {}", st.logLine());
            reporter.storeFailed(st);
        } else {
            LOG.error("unexpected failure in background work", e);
            reporter.unexpected(e);
        }
    }

    private record Handler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean accept(Throwable e) {
            if (!type.isInstance(e)) {
                return false;
            }
            handler.accept(type.cast(e));
            return true;
        }
    }
}
