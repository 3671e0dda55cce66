package cn.screening.workstation.server;

import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A real HTTP client for the server's tests: raw status, headers and body of every call. */
public final class ApiClient {

    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** One answer as it came off the wire (after OkHttp's transparent gunzip, unless the test asked for gzip itself). */
    public record Answer(int status, String body, String contentEncoding) {
        public JsonNode json() {
            try {
                return WireJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return WireJson.MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + body, e);
            }
        }

        public String error() {
            return json().path("error").asText();
        }
    }

    private final OkHttpClient http;
    private final String base;

    public ApiClient(OkHttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public Answer get(String path, String token) {
        return call(new Request.Builder().url(base + path).get(), token);
    }

    public Answer post(String path, String token, Object body) {
        return postRaw(path, token, RequestBody.create(toJson(body).getBytes(StandardCharsets.UTF_8), JSON), null);
    }

    public Answer postRaw(String path, String token, RequestBody body, String contentEncoding) {
        Request.Builder b = new Request.Builder().url(base + path).post(body);
        if (contentEncoding != null) {
            b.header("Content-Encoding", contentEncoding);
        }
        return call(b, token);
    }

    public Answer call(Request.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            return new Answer(r.code(), r.body().string(), r.header("Content-Encoding"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return WireJson.MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
