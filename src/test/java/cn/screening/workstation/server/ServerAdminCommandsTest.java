package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.cli.RootCommand;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.service.report.ReportState;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneId;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncReport;
import java.time.Duration;
import java.time.LocalDate;
import cn.screening.workstation.protocol.AuditHeadAnswer;
import cn.screening.workstation.protocol.AuditHeadClaim;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The `server` command in its own JVM, as an operator starts it, and the admin commands run here
 * on the same store while it serves: on H2 they reach the running server through its local admin
 * endpoint (decision 0007); on PostgreSQL (see TestStores) both connect to the database.
 */
@Tag("slow")
class ServerAdminCommandsTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/api/v1");
    /** Where a command line names its store: {@link #on} puts the test store's options there. */
    private static final String STORE = "<store>";

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Process server;
    TestStores.TestStore store;

    @BeforeEach
    void freshStore() {
        store = TestStores.fresh(dir.resolve("server"));
        env.putAll(store.serverEnvironment());
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        store.close();
    }

    /** The command line with the test store's options (--data, or --db-url and the rest) at {@link #STORE}. */
    String[] on(String... words) {
        List<String> args = new ArrayList<>();
        for (String w : words) {
            if (STORE.equals(w)) {
                args.addAll(store.serverOptions());
            } else {
                args.add(w);
            }
        }
        return args.toArray(String[]::new);
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window here");
        }, env::get));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    @Test
    void adminCommandsWorkWhileTheServerRunsOnTheSameFolder() throws Exception {
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院"))).as(err.toString()).isZero();

        int port = startServer();
        ApiClient api = new ApiClient(new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build(),
                "http://127.0.0.1:" + port + "/api/v1");
        assertThat(api.get("/health", null).status()).isEqualTo(200);

        assertThat(run(on("server", STORE, "site", "add", "--code", "210727101-T", "--type", "TOWNSHIP",
                "--division", "210727101", "--name", "七里河镇卫生院", "--parent", "210727-C"))).as(err.toString()).isZero();
        assertThat(run(on("server", "enrol", STORE, "--site", "210727101-T"))).as(err.toString()).isZero();
        String code = lastLine();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(run(on("server", "admin-token", STORE))).as(err.toString()).isZero();
        String admin = lastLine();

        ApiClient.Answer enrolled = api.post("/enrol", null, new EnrolRequest(code, "卫生院电脑", "0.1.0"));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        EnrolResponse device = enrolled.as(EnrolResponse.class);
        assertThat(device.site().code()).isEqualTo("210727101-T");
        PushResponse pushed = api.post("/push", device.token(), new PushRequest(UUID.randomUUID(),
                List.of(Records.createPatient(UUID.randomUUID(), "午某", "210727101-T")))).as(PushResponse.class);
        assertThat(pushed.results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        ApiClient.Answer stats = api.get("/admin/stats", admin);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().get("patients").asLong()).isEqualTo(1);
        assertThat(stats.json().get("sites").asLong()).isEqualTo(2);
        assertThat(stats.json().get("devices").asLong()).isEqualTo(1);

        // a device whose audit head does not extend the one it sent before shows in server audit alarms
        assertThat(run(on("server", "audit", "alarms", STORE))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("无审计告警");
        PushResponse first = api.post("/push", device.token(), new PushRequest(UUID.randomUUID(), List.of(),
                new AuditHeadClaim(5, "1".repeat(64), null, null))).as(PushResponse.class);
        assertThat(first.auditHead().status()).isEqualTo(AuditHeadAnswer.ACCEPTED);
        PushResponse rewritten = api.post("/push", device.token(), new PushRequest(UUID.randomUUID(), List.of(),
                new AuditHeadClaim(9, "3".repeat(64), 5L, "2".repeat(64)))).as(PushResponse.class);
        assertThat(rewritten.auditHead().status()).isEqualTo(AuditHeadAnswer.MISMATCH);
        assertThat(run(on("server", "audit", "alarms", STORE))).as(err.toString()).isZero();
        assertThat(out.toString()).contains(device.deviceId().toString()).contains("210727101-T")
                .contains("本机审计记录与服务器记录不一致：服务器所存第 5 条链值 111111111111，设备现为 222222222222（新链头第 9 条）");

        assertThat(run(on("server", "device", "list", STORE))).isZero();
        assertThat(out.toString()).contains(device.deviceId().toString()).contains("active");
        assertThat(run(on("server", "device", "revoke", STORE, "--device", device.deviceId().toString()))).isZero();
        ApiClient.Answer revoked = api.get("/pull?after=0", device.token());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.error()).isEqualTo("token_revoked");
        assertThat(api.get("/health", null).status()).isEqualTo(200);
    }

    @Test
    void aDesignatedHospitalTakesItsLevelAndDiseasesAndABureauItsCounty() {
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-D2", "--type", "定点医院", "--division", "210727",
                "--name", "义县中医院", "--level", "县级", "--diseases", "CATARACT,stroke"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("县级").contains("病种 CATARACT,STROKE");
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-B", "--type", "bureau", "--division", "210727",
                "--name", "义县卫生健康局"))).as(err.toString()).isZero();
        assertThat(run(on("server", "site", "list", STORE))).isZero();
        assertThat(out.toString()).contains("210727-D2\tdesignated\t210727\t义县中医院\t-\tcounty\tCATARACT,STROKE")
                .contains("210727-B\tbureau\t210727\t义县卫生健康局\t-\t-\t-");
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-D3", "--type", "designated", "--division", "210727",
                "--name", "某医院", "--level", "省级"))).isEqualTo(2);
        assertThat(err.toString()).contains("定点医院级别须为 county（县级）或 city（市级）");
    }

    @Test
    void refusalsAreSentencesWithExitTwo() {
        assertThat(run(on("server", "site", "add", STORE, "--code", "T1", "--type", "township", "--division", "210727101",
                "--name", "孤立卫生院"))).isEqualTo(2);
        assertThat(err.toString()).contains("--parent");
        assertThat(run(on("server", "site", "add", STORE, "--code", "C1", "--type", "county", "--division", "2107",
                "--name", "某县医院"))).isEqualTo(2);
        assertThat(err.toString()).contains("区划代码");
        assertThat(run(on("server", "enrol", STORE, "--site", "NOPE"))).isEqualTo(2);
        assertThat(err.toString()).contains("机构不存在");
        assertThat(run("server", "site", "add", "--db-url", "jdbc:postgresql://127.0.0.1:1/x", "--db-password-env", "NO_SUCH_VAR",
                "--code", "C1", "--type", "county", "--division", "210727", "--name", "某县医院")).isEqualTo(2);
        assertThat(err.toString()).contains("NO_SUCH_VAR");
    }

    @Test
    void aDiseaseListSchedulePublishedOnTheCommandLineIsTheRuleOfAWorkstationsLedger() throws Exception {
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院"))).as(err.toString()).isZero();
        int port = startServer();
        // refused while the server runs, with the form it must take; a number stays a number
        assertThat(run(on("server", "setting", "set", STORE, "--key", "diseaseListSchedule", "--value", "25 from 2019"))).isEqualTo(2);
        assertThat(err.toString()).contains("21@2017-01-01;25@2019-12-31");
        assertThat(run(on("server", "setting", "set", STORE, "--key", "referralValidityDays", "--value", "十天"))).isEqualTo(2);
        assertThat(err.toString()).contains("须为不小于 0 的数字");
        assertThat(run(on("server", "setting", "set", STORE, "--key", "referralValidityDays", "--value", "10"))).as(err.toString()).isZero();
        assertThat(run(on("server", "setting", "set", STORE, "--key", "diseaseListSchedule", "--value", "21@2017-01-01;25@2019-12-31")))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("已发布设置 diseaseListSchedule");
        assertThat(run(on("server", "setting", "list", STORE))).isZero();
        assertThat(out.toString()).contains("referralValidityDays\t10\t").contains("diseaseListSchedule\t21@2017-01-01;25@2019-12-31\t")
                .contains("drawToSpinLimitHours\t4\t");
        assertThat(run(on("server", "enrol", STORE, "--site", "210727-C"))).as(err.toString()).isZero();
        String code = lastLine();

        Workstation station = TestSites.countyHospital(dir.resolve("county"));
        SyncApi api = SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(20)));
        try (Workspace admin = TestSites.login(station, "admin", TestSites.ADMIN_PASSWORD)) {
            TestSites.services(admin).syncSetup(api).enrol("http://127.0.0.1:" + port, code, "县医院电脑");
        }
        try (Workspace doctor = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Services services = TestSites.services(doctor);
            SyncReport pulled = services.syncSetup(api).engine().syncOnce();
            assertThat(pulled.failure()).isNull();
            doctor.pulled(pulled.pulledTypes());
            UUID before = register(doctor, 31);
            UUID after = register(doctor, 33);
            // 脑卒中 joined the list with the 25-disease list on 2019-12-31
            assertThatThrownBy(() -> services.ledger().open(before, "STROKE", null, null, LocalDate.of(2019, 12, 30)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.result().errors())
                            .anyMatch(v -> v.messageKey().equals("ledger.disease.off_list")));
            assertThat(services.ledger().open(after, "STROKE", null, null, LocalDate.of(2019, 12, 31)).diseaseCode()).isEqualTo("STROKE");
        }
    }

    private static UUID register(Workspace ws, int seq) {
        LocalDate birth = LocalDate.of(1960, 4, 1);
        Patient t = TestSites.patient("测试" + seq, TestSites.yixianId(birth, seq), Sex.MALE, birth); // 建档立卡贫困户
        Patient p = new Patient(UUID.randomUUID(), t.name(), t.idType(), t.idNumber(), t.sex(), t.birthDate(), t.ethnicityCode(), t.phone(),
                t.address(), null, t.povertyStatus(), t.insurance(), "210727-C", null);
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
    }

    private int startServer() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.screening.workstation.app.Main"));
        cmd.addAll(List.of(on("server", STORE, "--host", "127.0.0.1", "--port", "0")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(store.serverEnvironment());
        server = pb.start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    /**
     * The city's side of the monthly report with the server running: `server report list` and GET
     * /admin/reports give each expected county's standing and the rates; `server report review` returns
     * 义县's report with a reason, which the county pulls as 已退回 and revises as version 2; a review of
     * the superseded version 1 is refused, version 2 approved. The month reported is the current one
     * (due on the 25th of the next), so the run's date never makes it 逾期.
     */
    @Test
    void theCityListsReturnsAndApprovesACountysReportWhileTheServerRuns() throws Exception {
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        ReportPeriod month = ReportPeriod.parse(period).orElseThrow();
        assertThat(run(on("server", "site", "add", STORE, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院"))).as(err.toString()).isZero();
        assertThat(run(on("server", "site", "add", STORE, "--code", "210726-B", "--type", "bureau", "--division", "210726",
                "--name", "黑山县卫生健康局"))).as(err.toString()).isZero();
        int port = startServer();
        assertThat(run(on("server", "enrol", STORE, "--site", "210727-C"))).as(err.toString()).isZero();
        String code = lastLine();
        assertThat(run(on("server", "admin-token", STORE))).as(err.toString()).isZero();
        String admin = lastLine();

        Workstation station = TestSites.countyHospital(dir.resolve("county"));
        SyncApi api = SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(20)));
        try (Workspace ws = TestSites.login(station, "admin", TestSites.ADMIN_PASSWORD)) {
            TestSites.services(ws).syncSetup(api).enrol("http://127.0.0.1:" + port, code, "县医院电脑");
        } catch (cn.screening.workstation.service.ServiceException e) {
            throw new AssertionError("enrolment with code [" + code + "] refused: " + e.messageKey() + " " + e.args(), e);
        }
        try (Workspace doctor = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Services services = TestSites.services(doctor);
            services.monthlyReports().submit(month);
            syncOnce(services, api);

            // both counties with a county hospital or bureau are expected; 义县 has reported, on time
            assertThat(run(on("server", "report", "list", STORE, "--period", period))).as(err.toString()).isZero();
            assertThat(out.toString()).containsPattern("210727\t义县\t已提交\t1\t\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\t按时\t")
                    .contains("210726\t黑山县\t未报\t-\t-\t-\t")
                    .contains("应报 2 县，已报 1，按时 1；按时率 50.00%，完整率 50.00%");
            assertThat(run(on("server", "report", "list", STORE, "--period", period, "--city", "210726"))).isZero();
            assertThat(out.toString()).doesNotContain("210727\t").contains("应报 1 县，已报 0，按时 0；按时率 0.00%，完整率 0.00%");
            assertThat(run(on("server", "report", "list", STORE, "--period", "2026-13"))).isEqualTo(2);
            assertThat(err.toString()).contains("报告期格式错误");

            ApiClient http = new ApiClient(new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build(),
                    "http://127.0.0.1:" + port + "/api/v1");
            ApiClient.Answer roll = http.get("/admin/reports?period=" + period, admin);
            assertThat(roll.status()).as(roll.body()).isEqualTo(200);
            JsonNode json = roll.json();
            assertThat(json.path("expected").asInt()).isEqualTo(2);
            assertThat(json.path("onTimeRate").decimalValue()).isEqualByComparingTo("50.00");
            assertThat(json.path("completenessRate").decimalValue()).isEqualByComparingTo("50.00");
            assertThat(json.path("counties").get(1).path("standing").asText()).isEqualTo("SUBMITTED");
            assertThat(http.get("/admin/reports?period=" + period, "not-a-token").status()).isEqualTo(401);
            assertThat(http.get("/admin/reports?period=2026-13", admin).status()).isEqualTo(400);

            // returned with its reason: the county pulls 已退回
            assertThat(run(on("server", "report", "review", STORE, "--county", "210727", "--period", period, "--return"))).isEqualTo(2);
            assertThat(err.toString()).contains("退回原因");
            assertThat(run(on("server", "report", "review", STORE, "--county", "210726", "--period", period, "--approve"))).isEqualTo(2);
            assertThat(err.toString()).contains("尚未上报");
            assertThat(run(on("server", "report", "review", STORE, "--county", "210727", "--period", period, "--return",
                    "--reason", "表B合计与乡镇合计不符"))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("第 1 版已退回");
            assertThat(run(on("server", "report", "review", STORE, "--county", "210727", "--period", period, "--approve"))).isEqualTo(2);
            assertThat(err.toString()).contains("不能重复审核");
            syncOnce(services, api);
            ReportState returned = services.monthlyReports().state(month);
            assertThat(returned.statusText()).isEqualTo("已退回");
            assertThat(returned.review().orElseThrow().reason()).isEqualTo("表B合计与乡镇合计不符");

            // revised as version 2: the 退回 is cleared; a review of version 1 is refused, version 2 approved
            assertThat(services.monthlyReports().revise(month, "更正表B乡镇合计").statusText()).isEqualTo("已提交");
            assertThat(syncOnce(services, api).allClear()).isTrue();
            assertThat(run(on("server", "report", "list", STORE, "--period", period))).isZero();
            assertThat(out.toString()).contains("210727\t义县\t已提交\t2\t").contains("更正表B乡镇合计");
            assertThat(run(on("server", "report", "review", STORE, "--county", "210727", "--period", period, "--version", "1",
                    "--approve"))).isEqualTo(2);
            assertThat(err.toString()).contains("第 1 版已被第 2 版（修订）取代");
            assertThat(run(on("server", "report", "review", STORE, "--county", "210727", "--period", period, "--version", "2",
                    "--approve"))).as(err.toString()).isZero();
            syncOnce(services, api);
            assertThat(services.monthlyReports().state(month).statusText()).isEqualTo("已审核");
            assertThat(run(on("server", "report", "list", STORE, "--period", period))).isZero();
            assertThat(out.toString()).contains("210727\t义县\t已审核\t2\t");
        }
    }

    private static SyncReport syncOnce(Services services, SyncApi api) {
        SyncReport r = services.syncSetup(api).engine().syncOnce();
        assertThat(r.failure()).isNull();
        return r;
    }
}
