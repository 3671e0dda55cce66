package cn.screening.workstation.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random-keyed bulk commits leave chunks half empty; the housekeeper fills them again between saves. */
class ChunkHousekeeperTest {

    @TempDir
    Path dir;

    @Test
    void chunksEmptiedByRandomKeyedCommitsAreRewrittenUpToTheTargetFill() throws Exception {
        try (Connection c = open("kept")) {
            MVStore store = H2Compaction.mvStore(c);
            try (ChunkHousekeeper keeper = ChunkHousekeeper.start(c, new java.util.concurrent.locks.ReentrantLock(), "test-housekeeping")) {
                load(c, () -> keeper.committed());
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> store.getFileStore().getChunksFillRate() >= ChunkHousekeeper.TARGET_FILL_PERCENT);
            }
        }
    }

    @Test
    void withoutItTheSameCommitsLeaveTheChunksBelowTheTarget() throws Exception {
        try (Connection c = open("unkept")) {
            load(c, () -> { });
            assertThat(H2Compaction.mvStore(c).getFileStore().getChunksFillRate()).isLessThan(ChunkHousekeeper.TARGET_FILL_PERCENT);
        }
    }

    @Test
    void closingStopsTheThreadAndTheStoreStillShutsDown() throws Exception {
        try (Connection c = open("closed")) {
            ChunkHousekeeper keeper = ChunkHousekeeper.start(c, new java.util.concurrent.locks.ReentrantLock(), "test-housekeeping-closed");
            load(c, keeper::committed);
            keeper.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-housekeeping-closed"));
            c.createStatement().execute("SHUTDOWN");
        }
    }

    private Connection open(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + dir.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0;RETENTION_TIME=0");
    }

    /** Twenty commits of 2,000 rows, each under three random keys: every commit rewrites most leaves of three trees. */
    private static void load(Connection c, Runnable afterCommit) throws SQLException {
        c.createStatement().execute("CREATE TABLE t (id UUID PRIMARY KEY, a UUID, b UUID, pad VARCHAR(200))");
        c.createStatement().execute("CREATE INDEX ix_a ON t (a)");
        c.createStatement().execute("CREATE INDEX ix_b ON t (b)");
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?)")) {
            for (int commit = 0; commit < 20; commit++) {
                for (int i = 0; i < 2_000; i++) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, UUID.randomUUID());
                    ps.setObject(3, UUID.randomUUID());
                    ps.setString(4, "x".repeat(100));
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                afterCommit.run();
            }
        }
        c.setAutoCommit(true);
    }
}
