package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.cli.RootCommand;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.store.AdminTokens.Issued;
import cn.screening.workstation.server.store.StoreTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Admin tokens end: after their life (12 h unless --ttl says otherwise) or when revoked, the API answers 401. */
class AdminTokenLifeTest {

    private static final Pattern ISSUED = Pattern.compile("管理员令牌 (\\d+)，有效至 (\\S+)（");

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void anExpiredOrRevokedTokenIsRefused() {
        TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), HttpOptions.plain("127.0.0.1", 0), clock)) {
            Issued twoHours = server.services.administration().adminToken(Duration.ofHours(2));
            Issued other = server.services.administration().adminToken(Duration.ofHours(2));
            assertThat(twoHours.token().expiresAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
            assertThat(stats(server, twoHours.secret())).isEqualTo(200);

            server.services.administration().revokeAdminToken(other.token().id());
            ApiClient.Answer revoked = server.client.get("/admin/stats", other.secret());
            assertThat(revoked.status()).isEqualTo(401);
            assertThat(revoked.error()).isEqualTo("token_invalid");

            clock.advance(Duration.ofHours(2).minusSeconds(1));
            assertThat(stats(server, twoHours.secret())).isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertThat(stats(server, twoHours.secret())).isEqualTo(401);

            // the harness's own token took the default life: 12 hours from the start
            clock.advance(Duration.ofHours(10).minusSeconds(1));
            assertThat(stats(server, server.adminToken)).isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertThat(stats(server, server.adminToken)).isEqualTo(401);
        }
    }

    @Test
    void theCommandIssuesWithATtlListsWithoutSecretsAndRevokes() {
        String data = dir.resolve("server").toString();
        Instant before = Instant.now();
        assertThat(run("server", "admin-token", "--data", data, "--ttl", "2h")).as(err.toString()).isZero();
        Matcher first = issued();
        String firstSecret = lastLine();
        assertThat(Duration.between(before, Instant.parse(first.group(2)))).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));
        assertThat(run("server", "admin-token", "--data", data)).as(err.toString()).isZero();
        Matcher second = issued();
        String secondSecret = lastLine();
        assertThat(Duration.between(before, Instant.parse(second.group(2)))).isBetween(Duration.ofHours(12).minusMinutes(1),
                Duration.ofHours(12).plusMinutes(1));

        assertThat(run("server", "admin-token", "--data", data, "--revoke", first.group(1))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已吊销管理员令牌 " + first.group(1));

        assertThat(run("server", "admin-token", "--data", data, "--list")).as(err.toString()).isZero();
        String list = out.toString();
        assertThat(list).contains("编号", "到期时间")
                .containsPattern("(?m)^" + first.group(1) + "\t\\S+\t" + Pattern.quote(first.group(2)) + "\t已吊销$")
                .containsPattern("(?m)^" + second.group(1) + "\t\\S+\t" + Pattern.quote(second.group(2)) + "\t有效$")
                .doesNotContain(firstSecret, secondSecret);

        try (ServerServices services = ServerServices.open(StoreTarget.h2(Path.of(data)), 2, Clock.systemUTC())) {
            assertThat(services.access().isAdmin(firstSecret)).isFalse();
            assertThat(services.access().isAdmin(secondSecret)).isTrue();
        }
    }

    @Test
    void badTokenArgumentsAreRefusedWithASentence() {
        String data = dir.resolve("server").toString();
        assertThat(run("server", "admin-token", "--data", data, "--revoke", "999")).isEqualTo(2);
        assertThat(err.toString()).contains("没有编号为 999 的管理员令牌");
        assertThat(run("server", "admin-token", "--data", data, "--ttl", "0h")).isEqualTo(2);
        assertThat(err.toString()).contains("有效期");
        assertThat(run("server", "admin-token", "--data", data, "--ttl", "91d")).isEqualTo(2);
        assertThat(run("server", "admin-token", "--data", data, "--ttl", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("无法识别的时长");
        assertThat(run("server", "admin-token", "--data", data, "--list", "--revoke", "1")).isEqualTo(2);
        assertThat(run("server", "admin-token", "--data", data, "--list")).isZero();
        assertThat(out.toString()).contains("没有管理员令牌");
    }

    private static int stats(ServerHarness server, String token) {
        return server.client.get("/admin/stats", token).status();
    }

    private Matcher issued() {
        Matcher m = ISSUED.matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return m;
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window here");
        }, env::get));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
