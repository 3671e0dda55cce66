package cn.screening.workstation.server.http;

import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a JSON request body: gzip when Content-Encoding says so, never more than the limit on the
 * wire nor after decompression (413), malformed JSON refused with the place it broke (400), and a
 * body that arrives too slowly (past the read time, or below the connector's minimum rate) cut off (408).
 */
final class RequestBodies {

    private final long maxBytes;
    private final Duration readTime;

    RequestBodies(long maxBytes) {
        this(maxBytes, null);
    }

    /** {@code readTime}: the longest a body may take to arrive, or null for no limit beyond the connector's. */
    RequestBodies(long maxBytes, Duration readTime) {
        this.maxBytes = maxBytes;
        this.readTime = readTime;
    }

    <T> T read(Context ctx, Class<T> type) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        String encoding = ctx.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.strip().toLowerCase(Locale.ROOT).equals("gzip");
        if (encoding != null && !gzip && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new ApiError(415, "unsupported_encoding", "只接受 gzip 压缩或不压缩的请求体：" + encoding);
        }
        long deadline = readTime == null ? Long.MAX_VALUE : System.nanoTime() + readTime.toNanos();
        try (InputStream wire = new BoundedInputStream(ctx.req().getInputStream(), maxBytes, deadline);
             InputStream body = gzip ? new BoundedInputStream(new GZIPInputStream(wire, 16 * 1024), maxBytes) : wire) {
            T value = WireJson.MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiError.badRequest("malformed_json", "请求体为空或为 null");
            }
            return value;
        } catch (BoundedInputStream.TooLarge e) {
            throw tooLarge();
        } catch (BoundedInputStream.TooSlow e) {
            throw tooSlow();
        } catch (BadMessageException e) {
            throw refused(e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof BadMessageException jetty) {
                throw refused(jetty);
            }
            throw ApiError.badRequest("malformed_json", "JSON 格式错误：" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）"));
        } catch (ZipException e) {
            throw ApiError.badRequest("bad_gzip", "gzip 压缩数据损坏：" + e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw tooSlow();
            }
            throw ApiError.badRequest("unreadable_body", "请求体读取失败：" + e.getMessage());
        }
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** Jetty cut the body off: 408 below the minimum request data rate. */
    private static ApiError refused(BadMessageException e) {
        return e.getCode() == 408 ? tooSlow() : ApiError.badRequest("unreadable_body", "请求体读取失败：" + e.getReason());
    }

    private static ApiError tooSlow() {
        return new ApiError(408, "body_too_slow", "请求体上传过慢或中断，已断开，请检查网络后重试");
    }

    private ApiError tooLarge() {
        return new ApiError(413, "body_too_large", "请求体超过 " + size(maxBytes) + " 上限，请分成更小的批次");
    }
}
