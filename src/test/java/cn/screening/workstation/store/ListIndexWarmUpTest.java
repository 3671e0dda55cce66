package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up after login walks the list indexes themselves, never a table, and finishes on its own thread. */
class ListIndexWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void everyWalkReadsAnIndexAndTheWarmUpFinishesInTheBackground() throws Exception {
        try (Database db = Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC())) {
            for (String walk : ListIndexWarmUp.WALKS) {
                String plan = db.read(tx -> {
                    try (var ps = tx.prepare("EXPLAIN " + walk); ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                // an index walk names the index; a table scan would read every row into the cache instead
                assertThat(plan).as(walk).containsPattern("PUBLIC\\.(IX_|PRIMARY_KEY)").doesNotContain("tableScan");
            }
            Duration took = new ListIndexWarmUp(db).start().get(60, TimeUnit.SECONDS);
            assertThat(took).isPositive();
        }
    }

    @Test
    void aWarmUpStoppedBeforeItStartsReadsNothing() {
        try (Database db = Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC())) {
            ListIndexWarmUp warmUp = new ListIndexWarmUp(db);
            warmUp.stop();
            assertThat(warmUp.run()).isLessThan(Duration.ofSeconds(1));
        }
    }
}
