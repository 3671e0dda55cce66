package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.sync.SyncApi;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** enrol, sync and settings set server as an administrator types them, against a tiny loopback server. */
class SyncCommandLineTest {

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger pushed = new AtomicInteger();
    HttpServer http;

    @BeforeEach
    void server() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/v1/enrol", ex -> reply(ex, 200, "{\"deviceId\":\"6f1c7a52-8d1e-4c1b-9f53-2a6f0d1c9e11\","
                + "\"token\":\"t-1\",\"site\":{\"code\":\"210727-C\",\"type\":\"county\",\"divisionCode\":\"210727\",\"name\":\"义县人民医院\"}}"));
        http.createContext("/api/v1/push", ex -> {
            String body = new String(new GZIPInputStream(ex.getRequestBody()).readAllBytes(), StandardCharsets.UTF_8);
            var req = cn.screening.workstation.protocol.WireJson.MAPPER.readTree(body);
            StringBuilder results = new StringBuilder();
            for (var c : req.get("changes")) {
                int v = pushed.incrementAndGet();
                results.append(results.length() == 0 ? "" : ",").append("{\"changeId\":\"").append(c.get("changeId").asText())
                        .append("\",\"entityId\":\"").append(c.get("entityId").asText()).append("\",\"status\":\"applied\",\"version\":")
                        .append(v).append('}');
            }
            reply(ex, 200, "{\"batchId\":\"" + req.get("batchId").asText() + "\",\"results\":[" + results + "]}");
        });
        http.createContext("/api/v1/pull", ex -> reply(ex, 200, "{\"records\":[],\"nextCursor\":0,\"hasMore\":false}"));
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String json) throws java.io.IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (var o = ex.getResponseBody()) {
            o.write(bytes);
        }
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window in headless tests");
        }, env::get));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void enrolSyncAndMoveTheServer() {
        Path data = dir.resolve("data");
        TestSites.countyHospital(data);
        env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);

        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(CliContext.EXIT_FAILED);
        assertThat(out.toString().trim()).isEqualTo("pushed=0 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(err.toString()).contains("尚未登记");

        assertThat(run("--data", data.toString(), "--user", "admin", "enrol", "--server", url(), "--code", "ANY")).isZero();
        assertThat(out.toString()).contains("设备已登记").contains("210727-C");

        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            var p = TestSites.patient("李四", TestSites.yixianId(java.time.LocalDate.of(1986, 5, 4), 11),
                    cn.screening.workstation.domain.identity.Sex.MALE, java.time.LocalDate.of(1986, 5, 4)); // an adult: a child waits for consent
            ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, new cn.screening.workstation.domain.patient.Patient(
                    java.util.UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                    p.address(), p.guardian(), p.povertyStatus(), p.insurance(), "210727-C", null)));
        }
        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isZero();
        assertThat(out.toString().trim().lines()).containsExactly("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(pushed.get()).isEqualTo(1);

        assertThat(run("--data", data.toString(), "--user", "admin", "settings", "set", "server", "ftp://nowhere")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("服务器地址无效");
        assertThat(run("--data", data.toString(), "--user", "admin", "settings", "set", "server", "http://127.0.0.1:9")).isZero();
        assertThat(out.toString()).contains("http://127.0.0.1:9");
        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            var state = TestSites.services(ws).syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT)).state();
            assertThat(state.serverUrl()).isEqualTo("http://127.0.0.1:9");
            assertThat(state.token()).isEqualTo("t-1");
        }
        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(CliContext.EXIT_FAILED);
        assertThat(err.toString()).contains("无法连接省级服务器");

        // the privacy settings from the command line are audited like the settings page's
        assertThat(run("--data", data.toString(), "--user", "admin", "settings", "privacy", "--export-retention-days", "14")).isZero();
        assertThat(out.toString().strip()).isEqualTo("export_retention_days=14 audit_retention_months=36");
        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            String detail = ws.database().read(tx -> {
                try (var st = tx.connection().createStatement();
                     var rs = st.executeQuery("SELECT detail FROM audit_log WHERE action = 'SETTINGS_CHANGED' AND entity_type = 'privacy'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(detail).isEqualTo("exportRetentionDays=14 auditRetentionMonths=36");
        }
    }
}
