package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by release 0.1.0 (the store, its keyring and the settings file, committed under
 * test resources: 义县人民医院 with an administrator, a doctor and 19 imported patients) opens in this
 * build: its accounts log in, every migration since runs, nothing is lost and the settings are kept.
 */
class UpgradeFromReleaseTest {

    private static final Path RELEASE_0_1_0 = Path.of("src/test/resources/fixtures/release-0.1.0");
    private static final Path MIGRATIONS = Path.of("src/main/resources/cn/screening/workstation/db/migration");

    @TempDir
    Path dir;

    @Test
    void aStoreOfRelease010OpensMigratedWithEverythingInIt() throws Exception {
        copy(RELEASE_0_1_0, dir);
        Workstation workstation = new Workstation(dir, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
        assertThat(workstation.isSetUp()).isTrue();
        try (Workspace ws = TestSites.login(workstation, "doctor", "Doctor0101")) {
            assertThat(ws.session().site().name()).isEqualTo("义县人民医院");
            assertThat(count(ws, "SELECT COUNT(*) FROM patient")).isEqualTo(19);
            // every patient still queued for the server exactly once
            assertThat(count(ws, "SELECT COUNT(*) FROM outbox WHERE entity_type = 'patient'")).isEqualTo(19);
            assertThat(appliedVersions(ws)).containsAll(shippedVersions()).contains("7.5.1");
            // the release's own audit lines were chained by migration 7.5.1, in order, and the logins since follow them
            var chain = cn.screening.workstation.service.audit.AuditChain.verify(ws.database());
            assertThat(chain.intact()).isTrue();
            assertThat(chain.lines()).isEqualTo(count(ws, "SELECT COUNT(*) FROM audit_log")).isGreaterThan(2);
        }
        try (Workspace admin = TestSites.login(workstation, "admin", "Release010")) {
            assertThat(admin.session().user().username()).isEqualTo("admin");
        }
        Settings settings = new SettingsFile(dir).load();
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.idleLockMinutes()).isEqualTo(15);
        assertThat(settings.serverUrl()).isEqualTo("http://127.0.0.1:8443");
    }

    private static long count(Workspace ws, String sql) {
        return ws.database().read(tx -> {
            try (var ps = tx.prepare(sql); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> appliedVersions(Workspace ws) {
        return ws.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (var ps = tx.prepare("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The versions of the migrations this build ships: V7_2__ledger.sql is "7.2". */
    private static List<String> shippedVersions() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.')).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
