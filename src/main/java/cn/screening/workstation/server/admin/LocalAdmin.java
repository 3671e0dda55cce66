package cn.screening.workstation.server.admin;

import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.store.H2Folder;
import cn.screening.workstation.server.store.Secrets;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Admin commands while the server runs on an H2 folder (decision 0007). The server holds the file,
 * so a command does not open it: it sends its own arguments to the running server, which runs the
 * same command on its open store. The endpoint is on the API's own listener, answers only requests
 * from this machine carrying the secret of the owner-only file {@code server.admin} in the data
 * folder; that file also says where the server listens and, with TLS, which certificate it shows.
 */
public final class LocalAdmin implements AutoCloseable {

    static final String FILE = "server.admin";
    static final String PATH = ApiServer.BASE + "/local-admin";
    static final String HEADER = "X-Local-Admin";
    private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    private final Path file;

    private LocalAdmin(Path file) {
        this.file = file;
    }

    /** Serves the endpoint on {@code api} and writes the file admin commands find it by. */
    static LocalAdmin serve(ApiServer api, HttpOptions http, Path folder, ServerServices services) throws IOException {
        String secret = Secrets.token();
        byte[] expected = secret.getBytes(StandardCharsets.US_ASCII);
        api.post(PATH, ctx -> handle(ctx, expected, services));
        Properties p = new Properties();
        p.setProperty("url", (http.keystore() != null ? "https" : "http") + "://" + reachable(http.host()) + ":" + api.port() + PATH);
        p.setProperty("secret", secret);
        if (http.keystore() != null) {
            p.setProperty("pins", String.join(",", certificatePins(http)));
        }
        Path file = folder.resolve(FILE);
        Path tmp = folder.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        H2Folder.restrictFiles(folder);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "how admin commands reach the running server; owner only");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new LocalAdmin(file);
    }

    private static void handle(Context ctx, byte[] expected, ServerServices services) throws IOException {
        String given = ctx.header(HEADER);
        if (!fromThisMachine(ctx.req().getRemoteAddr()) || given == null
                || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
            ctx.status(403).contentType("application/json").result("{\"error\":\"forbidden\"}");
            return;
        }
        List<String> args = WireJson.MAPPER.readValue(ctx.body(), ARGS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ServerCommand.runHosted(services, args, new PrintWriter(out, true), new PrintWriter(err, true));
        ctx.status(200).contentType("application/json; charset=utf-8")
                .result(WireJson.MAPPER.writeValueAsString(Map.of("exit", exit, "out", out.toString(), "err", err.toString())));
    }

    /**
     * Runs one admin command on the server that runs on {@code folder}, printing what it printed;
     * empty when no server answers there (none runs, or it was killed and left its file behind).
     */
    static OptionalInt forward(Path folder, List<String> args, PrintWriter out, PrintWriter err) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Request request = new Request.Builder().url(p.getProperty("url")).header(HEADER, p.getProperty("secret", ""))
                .post(RequestBody.create(toJson(args), MediaType.get("application/json; charset=utf-8"))).build();
        try (Response response = client(p.getProperty("pins")).newCall(request).execute()) {
            if (response.code() != 200) {
                return OptionalInt.empty();
            }
            JsonNode answer = WireJson.MAPPER.readTree(response.body().string());
            out.print(answer.path("out").asText());
            out.flush();
            err.print(answer.path("err").asText());
            err.flush();
            return OptionalInt.of(answer.path("exit").asInt(ServerCommand.EXIT_FAILED));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static OkHttpClient client(String pins) {
        OkHttpClient.Builder b = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS).callTimeout(5, TimeUnit.MINUTES);
        if (pins != null && !pins.isBlank()) {
            // the server's own certificate, named in the owner-only file, is the only one trusted: no name check needed
            X509TrustManager pinned = new Pinned(List.of(pins.split(",")));
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new javax.net.ssl.TrustManager[] {pinned}, null);
                b.sslSocketFactory(tls.getSocketFactory(), pinned).hostnameVerifier((host, session) -> true);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is part of every JRE", e);
            }
        }
        return b.build();
    }

    /** Where this machine reaches the listener: its own address, or loopback when it listens on every interface. */
    static String reachable(String host) throws IOException {
        InetAddress a = InetAddress.getByName(host);
        if (a.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        return a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
    }

    static boolean fromThisMachine(String remoteAddress) {
        try {
            InetAddress a = InetAddress.getByName(remoteAddress);
            return a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> certificatePins(HttpOptions http) {
        try (InputStream in = Files.newInputStream(http.keystore())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, http.keystorePassword());
            List<String> pins = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias) && ks.getCertificate(alias) != null) {
                    pins.add(fingerprint(ks.getCertificate(alias).getEncoded()));
                }
            }
            return pins;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + http.keystore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate in " + http.keystore() + ": " + e.getMessage(), e);
        }
    }

    private static String fingerprint(byte[] encoded) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
    }

    private static String toJson(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trusts exactly the certificates whose SHA-256 the server wrote in its file. */
    private record Pinned(List<String> pins) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                if (chain.length == 0 || !pins.contains(fingerprint(chain[0].getEncoded()))) {
                    throw new CertificateException("not the certificate of the server running on this folder");
                }
            } catch (GeneralSecurityException e) {
                throw new CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("no client certificates here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The server stopped: admin commands open the folder themselves again. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is harmless: the next command finds no server there and opens the folder
        }
    }
}
