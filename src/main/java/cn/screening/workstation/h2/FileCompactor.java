package cn.screening.workstation.h2;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps an H2 file opened with WRITE_DELAY=0 near twice its live size: called after commits, holding
 * the store's write lock, it looks at the file only once it has grown past the mark set last time,
 * and compacts it online ({@link H2Compaction#compactOnline}) when it holds more than twice its live
 * data plus the slack ({@link H2Compaction#SLACK_VARIABLE}).
 */
public final class FileCompactor {

    private volatile long nextLook;
    private volatile int compactions;

    /** {@code size}: the file's size when the store opened. */
    public FileCompactor(long size) {
        this.nextLook = size + H2Compaction.slackBytes();
    }

    /** How many times this compactor compacted since the store opened. */
    public int compactions() {
        return compactions;
    }

    /** Whether a file of {@code size} bytes is due a look: a {@code stat}'s worth of work, for any thread. */
    public boolean isDue(long size) {
        return size >= nextLook;
    }

    /** After a commit, holding the write lock; {@code size} reads the file's size. Answers whether it compacted. */
    public boolean afterCommit(Connection c, java.util.function.LongSupplier size) throws SQLException {
        long now = size.getAsLong();
        if (!isDue(now)) {
            return false;
        }
        boolean compacted = false;
        if (now > 2 * H2Compaction.liveBytes(c, now) + H2Compaction.slackBytes()) {
            H2Compaction.compactOnline(c);
            now = size.getAsLong();
            compacted = true;
            compactions++;
        }
        // look again at twice the live data, or once the file has grown by an eighth (retention may keep it larger)
        nextLook = Math.max(2 * H2Compaction.liveBytes(c, now) + H2Compaction.slackBytes(), now + now / 8);
        return compacted;
    }
}
