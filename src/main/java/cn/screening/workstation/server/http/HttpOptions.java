package cn.screening.workstation.server.http;

import java.nio.file.Path;

/**
 * How the API listens.
 *
 * @param host             the address to bind (0.0.0.0 for every interface)
 * @param port             0 for any free port
 * @param keystore         a PKCS12 keystore for TLS, or null for plain HTTP
 * @param maxBodyBytes     the largest request body, compressed on the wire and again after decompression
 * @param limits           timeouts, threads and per-address rates that keep slow or hostile clients from stopping it
 */
public record HttpOptions(String host, int port, Path keystore, char[] keystorePassword, long maxBodyBytes, RequestLimits limits) {

    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;

    public static HttpOptions plain(String host, int port) {
        return new HttpOptions(host, port, null, null, DEFAULT_MAX_BODY, RequestLimits.DEFAULT);
    }

    public HttpOptions withTls(Path keystore, char[] password) {
        return new HttpOptions(host, port, keystore, password, maxBodyBytes, limits);
    }

    public HttpOptions withMaxBody(long bytes) {
        return new HttpOptions(host, port, keystore, keystorePassword, bytes, limits);
    }

    public HttpOptions withLimits(RequestLimits limits) {
        return new HttpOptions(host, port, keystore, keystorePassword, maxBodyBytes, limits);
    }
}
