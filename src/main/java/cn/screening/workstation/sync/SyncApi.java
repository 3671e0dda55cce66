package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.ErrorBody;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The provincial server's HTTP API (/api/v1/): health, enrol, push, pull. Request bodies travel
 * gzipped; every failure comes back as a {@link SyncFailure}, never as an exception.
 */
public final class SyncApi {

    /** How long a call may take: connecting, each read and write, and the whole call. */
    public record Timeouts(Duration connect, Duration readWrite, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(3));
    }

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String API = "api/v1";
    private final OkHttpClient client;

    public SyncApi(OkHttpClient client) {
        this.client = client;
    }

    public static SyncApi create(Timeouts t) {
        return new SyncApi(new OkHttpClient.Builder()
                .connectTimeout(t.connect())
                .readTimeout(t.readWrite())
                .writeTimeout(t.readWrite())
                .callTimeout(t.call())
                .retryOnConnectionFailure(false)
                .build());
    }

    /** The cheap probe: is the server there and answering like itself? */
    public ApiResult<Health> health(String serverUrl) {
        return call(serverUrl, "health", null, null, Health.class, h -> h.status() != null);
    }

    public ApiResult<EnrolResponse> enrol(String serverUrl, EnrolRequest request) {
        return call(serverUrl, "enrol", null, request, EnrolResponse.class,
                r -> r.deviceId() != null && r.token() != null && r.site() != null);
    }

    public ApiResult<PushResponse> push(String serverUrl, String token, PushRequest request) {
        return call(serverUrl, "push", token, request, PushResponse.class,
                r -> request.batchId().equals(r.batchId()) && r.results() != null);
    }

    public ApiResult<PullResponse> pull(String serverUrl, String token, long after, int limit) {
        return call(serverUrl, "pull?after=" + after + "&limit=" + limit, token, null, PullResponse.class,
                r -> r.records() != null && r.nextCursor() >= after);
    }

    /** The address as the user typed it, reduced to the server's root (a trailing /api/v1 is forgiven). */
    static HttpUrl root(String serverUrl) {
        String s = serverUrl == null ? "" : serverUrl.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("/" + API)) {
            s = s.substring(0, s.length() - API.length() - 1);
        }
        return HttpUrl.parse(s + "/");
    }

    /** Whether the address can be used at all (http or https, a host). */
    public static boolean validServerUrl(String serverUrl) {
        return root(serverUrl) != null;
    }

    private <T> ApiResult<T> call(String serverUrl, String path, String token, Object body, Class<T> type, Predicate<T> complete) {
        HttpUrl root = root(serverUrl);
        if (root == null) {
            return ApiResult.failed(new SyncFailure.NotEnrolled("no usable server address: " + serverUrl));
        }
        Request.Builder rb = new Request.Builder().url(root + API + "/" + path).header("Accept", "application/json");
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            try {
                rb.header("Content-Encoding", "gzip").post(RequestBody.create(gzip(WireJson.MAPPER.writeValueAsBytes(body)), JSON));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
            }
        }
        try (Response response = client.newCall(rb.build()).execute()) {
            return answer(response, type, complete);
        } catch (IOException e) {
            return ApiResult.failed(classify(e));
        }
    }

    private static <T> ApiResult<T> answer(Response response, Class<T> type, Predicate<T> complete) {
        byte[] bytes;
        try (ResponseBody rb = response.body()) {
            bytes = rb.bytes();
        } catch (IOException e) {
            return ApiResult.failed(new SyncFailure.ProtocolError("body cut off: " + e));
        }
        int status = response.code();
        if (status == 401) {
            ErrorBody error = parse(bytes, ErrorBody.class);
            return ApiResult.failed(new SyncFailure.NeedsEnrolment(error == null ? null : error.error(), "401 " + preview(bytes)));
        }
        if (status >= 500) {
            return ApiResult.failed(new SyncFailure.ServerTrouble(status, preview(bytes)));
        }
        if (status >= 400 || status < 200 || status >= 300) {
            ErrorBody error = parse(bytes, ErrorBody.class);
            return ApiResult.failed(error == null
                    ? new SyncFailure.Refused(status, null, null, null)
                    : new SyncFailure.Refused(status, error.error(), error.message(), error.reasons()));
        }
        T value = parse(bytes, type);
        if (value == null || !complete.test(value)) {
            return ApiResult.failed(new SyncFailure.ProtocolError("not a " + type.getSimpleName() + ": " + preview(bytes)));
        }
        return ApiResult.ok(value);
    }

    static SyncFailure classify(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return new SyncFailure.CertificateProblem(String.valueOf(e));
            }
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new SyncFailure.TimedOut(String.valueOf(e));
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return new SyncFailure.Unreachable(String.valueOf(e));
        }
        // a connection reset or closed before any answer
        return new SyncFailure.Unreachable(String.valueOf(e));
    }

    private static <T> T parse(byte[] bytes, Class<T> type) {
        try {
            return WireJson.MAPPER.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.UTF_8);
        return s.replaceAll("\\s+", " ");
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException("gzip in memory failed", e);
        }
        return out.toByteArray();
    }
}
