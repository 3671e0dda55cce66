package cn.screening.workstation.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes, then fails with {@link TooLarge} instead of reading on; and,
 * when given a deadline, fails with {@link TooSlow} once a read returns after it.
 */
final class BoundedInputStream extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    static final class TooSlow extends IOException {
        TooSlow() {
            super("body not received in time");
        }
    }

    private final long limit;
    private final long deadlineNanos;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        this(in, limit, Long.MAX_VALUE);
    }

    /** {@code deadlineNanos} is a {@link System#nanoTime()} value, or Long.MAX_VALUE for none. */
    BoundedInputStream(InputStream in, long limit, long deadlineNanos) {
        super(in);
        this.limit = limit;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new TooSlow();
        }
    }
}
