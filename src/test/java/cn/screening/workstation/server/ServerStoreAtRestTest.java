package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.StoreTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's H2 folder at rest: the file encrypted with a key kept beside it, everything owner-only,
 * no trace file; a plain file of the previous release migrated; the version sequence never behind.
 */
class ServerStoreAtRestTest {

    static final String SITE_NAME = "义县人民医院";

    @TempDir
    Path dir;

    @Test
    void theFileIsEncryptedAndTheFolderOwnerOnly() throws Exception {
        Path data = dir.resolve("server");
        try (ServerServices s = ServerServices.open(StoreTarget.h2(data), 2, Clock.systemUTC())) {
            s.administration().addSite("210727-C", InstitutionType.COUNTY, "210727", SITE_NAME, null);
        }
        assertThat(contains(data.resolve("provincial.mv.db"), SITE_NAME)).isFalse();
        assertThat(data.resolve("provincial.key")).exists();
        assertThat(ServerAdminTransportTest.ownerOnly(data)).isTrue();
        assertThat(names(data)).noneMatch(n -> n.contains("trace"));
        String secret = Files.readString(data.resolve("provincial.secret"));
        String plain = "jdbc:h2:file:" + data.resolve("provincial") + ";TRACE_LEVEL_FILE=0";
        assertThatThrownBy(() -> DriverManager.getConnection(plain, "provincial", secret).close()).isInstanceOf(SQLException.class);
        // the layout is H2's own CIPHER=AES: H2 opens it with the key file, as a province's DBA could
        try (Connection c = DriverManager.getConnection(plain + ";CIPHER=AES;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "provincial",
                Files.readString(data.resolve("provincial.key")).strip() + " " + secret);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM site")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(SITE_NAME);
        }
    }

    @Test
    void anUnencryptedFileOfThePreviousReleaseIsMigratedOnFirstOpen() throws Exception {
        Path data = dir.resolve("server");
        Files.createDirectories(data);
        String password = "previous-release-secret";
        Files.writeString(data.resolve("provincial.secret"), password);
        StoreTarget previous = new StoreTarget("jdbc:h2:file:" + data.resolve("provincial")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "provincial", password);
        long lastVersion;
        try (ServerServices s = ServerServices.open(previous, 2, Clock.systemUTC())) {
            s.administration().addSite("210727-C", InstitutionType.COUNTY, "210727", SITE_NAME, null);
            lastVersion = s.administration().stats().get("lastVersion");
        }
        // the previous release's file opens without any file key
        DriverManager.getConnection(previous.url(), previous.user(), password).close();

        try (ServerServices s = ServerServices.open(StoreTarget.h2(data), 2, Clock.systemUTC())) {
            assertThat(s.administration().sites()).extracting(SiteInfo::name).contains(SITE_NAME);
            s.administration().addSite("210726-C", InstitutionType.COUNTY, "210726", "黑山县人民医院", null);
            assertThat(s.administration().stats().get("lastVersion")).isGreaterThan(lastVersion);
        }
        assertThat(contains(data.resolve("provincial.mv.db"), SITE_NAME)).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(previous.url() + ";TRACE_LEVEL_FILE=0", previous.user(), password).close())
                .isInstanceOf(SQLException.class);
        assertThat(names(data)).containsExactlyInAnyOrder("provincial.mv.db", "provincial.key", "provincial.secret");
        assertThat(ServerAdminTransportTest.ownerOnly(data)).isTrue();
    }

    @Test
    void aSequenceLeftBehindTheStoredVersionsIsMovedPastThemAtOpen() throws Exception {
        Path data = dir.resolve("server");
        StoreTarget target = StoreTarget.h2(data);
        long before;
        try (ServerServices s = ServerServices.open(target, 2, Clock.systemUTC())) {
            s.administration().addSite("210727-C", InstitutionType.COUNTY, "210727", SITE_NAME, null);
            before = s.administration().stats().get("lastVersion");
        }
        // what a lost counter would look like: the sequence back at its start
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password()); Statement st = c.createStatement()) {
            st.execute("ALTER SEQUENCE record_version RESTART WITH 1");
        }
        try (ServerServices s = ServerServices.open(target, 2, Clock.systemUTC())) {
            s.administration().addSite("210726-C", InstitutionType.COUNTY, "210726", "黑山县人民医院", null);
            assertThat(s.administration().stats().get("lastVersion")).isGreaterThan(before);
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        byte[] hay = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static java.util.List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
