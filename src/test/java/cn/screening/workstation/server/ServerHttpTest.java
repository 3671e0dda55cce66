package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.server.http.HttpOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP surface: bad input of every kind gets a 4xx with a reason, and the server keeps serving. */
class ServerHttpTest {

    static final long LIMIT = 256 * 1024;

    @TempDir
    Path dir;
    ServerHarness server;
    String token;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir.resolve("server"), HttpOptions.plain("127.0.0.1", 0).withMaxBody(LIMIT));
        token = server.enrol(TOWNSHIP).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthNeedsNoToken() {
        ApiClient.Answer a = server.client.get("/health", null);
        assertThat(a.status()).isEqualTo(200);
        Health h = a.as(Health.class);
        assertThat(h.status()).isEqualTo("ok");
        assertThat(h.serverTime()).isNotNull();
    }

    @Test
    void malformedJsonIsA400WithTheReasonAndTheNextRequestIsServed() {
        ApiClient.Answer bad = server.client.post("/push", token, "{\"batchId\": \"not closed");
        ApiClient.Answer wrongShape = server.client.post("/push", token, "{\"batchId\": 5, \"changes\": \"none\"}");
        ApiClient.Answer empty = server.client.post("/push", token, "");
        ApiClient.Answer trailing = server.client.post("/push", token, "{\"batchId\":\"" + UUID.randomUUID() + "\",\"changes\":[]} junk");

        for (ApiClient.Answer a : List.of(bad, wrongShape, empty, trailing)) {
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.error()).isEqualTo("malformed_json");
            assertThat(a.json().get("message").asText()).isNotBlank();
        }
        assertThat(server.push(token, Records.createPatient(UUID.randomUUID(), "寅某", TOWNSHIP)).results().get(0).status())
                .isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void aPushWithoutABatchIdIsRefused() {
        ApiClient.Answer a = server.client.post("/push", token, "{\"changes\": []}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).isEqualTo("bad_request");
    }

    @Test
    void aGzipBodyIsReadAndAGzipAnswerGivenWhenAsked() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] json = ApiClient.toJson(new PushRequest(UUID.randomUUID(), List.of(Records.createPatient(id, "卯某", TOWNSHIP))))
                .getBytes(StandardCharsets.UTF_8);
        ApiClient.Answer a = server.client.postRaw("/push", token, RequestBody.create(ApiClient.gzip(json), ApiClient.JSON), "gzip");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.as(PushResponse.class).results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        Request.Builder pull = new Request.Builder().url(base() + "/pull?after=0&limit=100").header("Accept-Encoding", "gzip");
        pull.header("Authorization", "Bearer " + token);
        try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(pull.build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
            String body = new String(new GZIPInputStream(r.body().byteStream()).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body).contains(id.toString());
        }
    }

    @Test
    void aCorruptGzipBodyIsA400() {
        ApiClient.Answer a = server.client.postRaw("/push", token, RequestBody.create("not gzip at all".getBytes(), ApiClient.JSON), "gzip");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).isEqualTo("bad_gzip");
    }

    @Test
    void anOverLargeBodyIsA413OnTheWireAndAfterDecompression() {
        String padding = " ".repeat((int) LIMIT + 10);
        byte[] big = ("{\"batchId\":\"" + UUID.randomUUID() + "\",\"changes\":[]" + padding + "}").getBytes(StandardCharsets.UTF_8);

        ApiClient.Answer raw = server.client.postRaw("/push", token, RequestBody.create(big, ApiClient.JSON), null);
        ApiClient.Answer bomb = server.client.postRaw("/push", token, RequestBody.create(ApiClient.gzip(big), ApiClient.JSON), "gzip");

        assertThat(ApiClient.gzip(big).length).isLessThan((int) LIMIT / 10);
        for (ApiClient.Answer a : List.of(raw, bomb)) {
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.error()).isEqualTo("body_too_large");
        }
        assertThat(server.client.get("/health", null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEntityTypeIsRejectedOnItsOwnWhileTheRestApplies() {
        UUID id = UUID.randomUUID();
        Change unknown = Records.create("future_type", UUID.randomUUID(), Records.patient(id, "x", TOWNSHIP));
        PushResponse r = server.push(token, unknown, Records.createPatient(id, "辰某", TOWNSHIP));
        assertThat(r.results()).extracting(ChangeResult::status).containsExactly(ChangeStatus.REJECTED, ChangeStatus.APPLIED);
        assertThat(r.results().get(0).reasons().get(0).code()).isEqualTo("unknown_entity_type");
    }

    @Test
    void aWrongOrMissingTokenIs401() {
        for (String t : new String[] {null, "", "not-a-token"}) {
            ApiClient.Answer pull = server.client.get("/pull?after=0", t);
            assertThat(pull.status()).isEqualTo(401);
            assertThat(pull.error()).isEqualTo("token_invalid");
        }
        ApiClient.Answer stats = server.client.get("/admin/stats", token);
        assertThat(stats.status()).as("a device token is not an admin token").isEqualTo(401);
        assertThat(server.client.get("/admin/stats", server.adminToken).status()).isEqualTo(200);
    }

    @Test
    void badParametersAndUnknownPathsAreAnsweredInJson() {
        ApiClient.Answer cursor = server.client.get("/pull?after=abc", token);
        ApiClient.Answer negative = server.client.get("/pull?after=-1", token);
        ApiClient.Answer nowhere = server.client.get("/nowhere", token);
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.error()).isEqualTo("bad_parameter");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.error()).isEqualTo("not_found");
    }

    @Test
    void aLimitAboveTheCapIsCapped() {
        assertThat(server.pull(token, 0, 1_000_000).records()).hasSizeLessThanOrEqualTo(1000);
    }

    private String base() {
        return "http://127.0.0.1:" + server.api.port() + "/api/v1";
    }
}
