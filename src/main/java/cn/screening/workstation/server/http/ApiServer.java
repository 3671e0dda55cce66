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
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API under /api/v1/ on Javalin (Jetty): JSON in and out, gzip both ways, errors as
 * ErrorBody. Plain HTTP, or TLS from a PKCS12 keystore.
 */
public final class ApiServer implements AutoCloseable {

    public static final String BASE = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    public static ApiServer start(ServerServices services, HttpOptions options) {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.gzipOnlyCompression();
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.jetty.defaultHost = options.host();
            cfg.jetty.defaultPort = options.port();
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            if (options.keystore() != null) {
                cfg.jetty.addConnector((server, http) -> tlsConnector(server, http, options));
            }
        });
        Routes routes = new Routes(services, new RequestBodies(options.maxBodyBytes()));
        routes.register(app);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
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
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
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

    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, HttpOptions options) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(options.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(new String(options.keystorePassword()));
        ssl.setKeyStoreType("PKCS12");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // clients reach the server by IP as often as by name: do not refuse a request whose Host differs from the certificate
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        return connector;
    }

    @Override
    public void close() {
        app.stop();
    }
}
