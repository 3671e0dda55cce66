package cn.screening.workstation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New record ids are unique, version 7, and sort by when they were made, in H2 as in Java. */
class RecordIdsTest {

    @TempDir
    Path dir;

    @Test
    void idsAreVersionSevenAndUnique() {
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = RecordIds.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void h2OrdersIdsByTheMillisecondTheyWereMadeIn() throws Exception {
        // 2001 and 2056: the second sets the top bit of the UUID, which a signed comparison would put first
        long[] times = {1_000_000_000_000L, 1_700_000_000_000L, 1_765_000_000_000L, 2_700_000_000_000L};
        List<UUID> made = new ArrayList<>();
        for (long t : times) {
            made.add(RecordIds.at(t));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + dir.resolve("ids").toAbsolutePath())) {
            c.createStatement().execute("CREATE TABLE t (id UUID PRIMARY KEY)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (int i = made.size() - 1; i >= 0; i--) {
                    ps.setObject(1, made.get(i));
                    ps.executeUpdate();
                }
            }
            List<UUID> ordered = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM t ORDER BY id")) {
                while (rs.next()) {
                    ordered.add(rs.getObject(1, UUID.class));
                }
            }
            assertThat(ordered).containsExactlyElementsOf(made);
        }
    }
}
