package cn.screening.workstation.server.http;

import cn.screening.workstation.protocol.ErrorBody;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.sync.RequestRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API under /api/v1/ on Javalin (Jetty): JSON in and out, gzip both ways, errors as
 * ErrorBody. Plain HTTP, or TLS from a PKCS12 keystore. A bounded thread pool, an idle timeout and a
 * minimum body rate (see {@link RequestLimits}) keep slow clients from holding it.
 */
public final class ApiServer implements AutoCloseable {

    public static final String BASE = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    public static ApiServer start(ServerServices services, HttpOptions options) {
        RequestLimits limits = options.limits();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.gzipOnlyCompression();
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.jetty.defaultHost = options.host();
            cfg.jetty.defaultPort = options.port();
            QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), 8, 60_000);
            pool.setName("api");
            cfg.jetty.threadPool = pool;
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setMinRequestDataRate(limits.minBodyBytesPerSecond());
                if (limits.behindProxy()) {
                    http.addCustomizer(new ForwardedRequestCustomizer());
                }
            });
            cfg.jetty.addConnector((server, http) -> connector(server, http, options));
        });
        Routes routes = new Routes(services, options.maxBodyBytes(), limits);
        routes.register(app);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage(), e.retryAfter));
        app.exception(RequestRefused.class, (e, ctx) -> error(ctx, status(e.kind()), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), httpCode(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "server_error", "服务器内部错误，请稍后重试");
        });
        app.start();
        LOG.info("provincial server listening on {}://{}:{}{}", options.keystore() != null ? "https" : "http", options.host(),
                app.port(), BASE);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    /** Adds a POST endpoint once started, on the same listener: the `server` command's local admin endpoint. */
    public void post(String path, Handler handler) {
        app.post(path, handler);
    }

    static void json(Context ctx, int status, Object body) {
        try {
            json(ctx, status, WireJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void error(Context ctx, int status, String code, String message) {
        error(ctx, status, code, message, null);
    }

    private static void error(Context ctx, int status, String code, String message, Duration retryAfter) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (retryAfter != null) {
            ctx.header("Retry-After", Long.toString(ApiError.seconds(retryAfter)));
        }
        json(ctx, status, new ErrorBody(code, message, null));
    }

    private static String httpCode(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> "http_" + status;
        };
    }

    private static int status(RequestRefused.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> 400;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }

    /** Plain or TLS; either way a connection (or a blocked body read) idle past the limit is closed. */
    private static ServerConnector connector(Server server, HttpConfiguration http, HttpOptions options) {
        ConnectionFactory[] factories = options.keystore() == null
                ? new ConnectionFactory[] {new HttpConnectionFactory(http)}
                : tls(http, options);
        ServerConnector connector = new ServerConnector(server, factories);
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.limits().idleTimeout().toMillis());
        return connector;
    }

    private static ConnectionFactory[] tls(HttpConfiguration http, HttpOptions options) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(options.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(new String(options.keystorePassword()));
        ssl.setKeyStoreType("PKCS12");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // clients reach the server by IP as often as by name: do not refuse a request whose Host differs from the certificate
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return new ConnectionFactory[] {new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http)};
    }

    @Override
    public void close() {
        app.stop();
    }
}
