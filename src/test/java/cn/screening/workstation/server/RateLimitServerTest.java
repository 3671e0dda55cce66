package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.cli.RootCommand;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.ErrorBody;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.http.RequestLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Per-address limits on enrolment and on refused tokens: 429 with Retry-After, and a good device is never held back. */
class RateLimitServerTest {

    @TempDir
    Path dir;
    ServerHarness server;
    final OkHttpClient http = new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build();

    record Reply(int status, String retryAfter, ErrorBody body) {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void enrolmentsPastTheLimitAre429WithRetryAfterAndAGoodDeviceStillPushes() {
        start(3, 30);
        String token = server.enrol(TOWNSHIP).token();
        for (int i = 0; i < 2; i++) {
            assertThat(enrol("WRONG-CODE-" + i).status()).isEqualTo(403);
        }

        Reply limited = enrol(server.services.administration().enrolmentCode(TOWNSHIP));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 60L);
        assertThat(limited.body().error()).isEqualTo("rate_limited");
        assertThat(limited.body().message()).contains("设备注册", "秒后再试");

        assertThat(server.push(token, Records.createPatient(UUID.randomUUID(), "王寅", TOWNSHIP)).results().get(0).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(server.pull(token, 0, 10).records()).isNotEmpty();
    }

    @Test
    void refusedTokensPastTheLimitAre429ButAValidTokenIsAlwaysServed() {
        start(10, 3);
        String token = server.enrol(TOWNSHIP).token();
        for (int i = 0; i < 3; i++) {
            Reply refused = push("forged-" + i);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().error()).isEqualTo("token_invalid");
        }

        Reply limited = push("forged-again");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 60L);
        assertThat(limited.body().message()).contains("令牌校验失败", "秒后再试");
        assertThat(get("/admin/stats", "forged-admin").status()).isEqualTo(429);
        assertThat(get("/pull", null).status()).as("no token at all is a refused token too").isEqualTo(429);

        assertThat(push(token).status()).as("a valid device token from the same address").isEqualTo(200);
        assertThat(get("/admin/stats", server.adminToken).status()).isEqualTo(200);
        assertThat(get("/health", null).status()).isEqualTo(200);
    }

    @Test
    void behindAProxyEachForwardedAddressHasItsOwnAllowance() {
        server = ServerHarness.start(dir.resolve("server"), HttpOptions.plain("127.0.0.1", 0)
                .withLimits(RequestLimits.DEFAULT.withRates(1, 30).withConnection(Duration.ofSeconds(30), 1024, 200, true)));
        String code = server.services.administration().enrolmentCode(TOWNSHIP);

        assertThat(enrolFrom("10.1.0.7", "WRONG-CODE").status()).isEqualTo(403);
        assertThat(enrolFrom("10.1.0.7", code).status()).as("the same clinic again").isEqualTo(429);
        assertThat(enrolFrom("10.2.0.9", code).status()).as("another clinic is not held back").isEqualTo(200);
    }

    @Test
    void theServerCommandRefusesLimitsThatCannotWork() {
        String data = dir.resolve("server").toString();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window here");
        }, name -> null));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("server", "--data", data, "--port", "0", "--enrol-per-minute", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("每分钟次数须至少为 1");
        assertThat(cl.execute("server", "--data", data, "--port", "0", "--idle-timeout", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("无法识别的时长：soon");
    }

    private void start(int enrolsPerMinute, int badTokensPerMinute) {
        server = ServerHarness.start(dir.resolve("server"), HttpOptions.plain("127.0.0.1", 0)
                .withLimits(RequestLimits.DEFAULT.withRates(enrolsPerMinute, badTokensPerMinute)));
    }

    private Reply enrol(String code) {
        return call(new Request.Builder().url(url("/enrol")).post(json(new EnrolRequest(code, "PC", "test"))), null);
    }

    private Reply enrolFrom(String forwardedFor, String code) {
        return call(new Request.Builder().url(url("/enrol")).header("X-Forwarded-For", forwardedFor)
                .post(json(new EnrolRequest(code, "PC", "test"))), null);
    }

    private Reply push(String token) {
        return call(new Request.Builder().url(url("/push"))
                .post(json("{\"batchId\":\"" + UUID.randomUUID() + "\",\"changes\":[]}")), token);
    }

    private Reply get(String path, String token) {
        return call(new Request.Builder().url(url(path)).get(), token);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.api.port() + ApiServer.BASE + path;
    }

    private static RequestBody json(Object body) {
        return RequestBody.create(ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), ApiClient.JSON);
    }

    private Reply call(Request.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            String body = r.body().string();
            ErrorBody error = r.code() >= 400 ? WireJson.MAPPER.readValue(body, ErrorBody.class) : null;
            return new Reply(r.code(), r.header("Retry-After"), error);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
