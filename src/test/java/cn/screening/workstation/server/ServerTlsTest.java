package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.server.http.HttpOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PKCS12 keystore made here with keytool; a client that trusts it gets through, a plain one does not. */
@Tag("slow")
class ServerTlsTest {

    static final char[] PASSWORD = "keystore-pass".toCharArray();

    @TempDir
    Path dir;

    @Test
    void servesHttpsFromAPkcs12Keystore() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String keytoolOutput = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(keytoolOutput).isZero();

        HttpOptions tls = HttpOptions.plain("127.0.0.1", 0).withTls(keystore, PASSWORD);
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), tls)) {
            String url = "https://127.0.0.1:" + server.api.port() + "/api/v1/health";
            try (Response r = trusting(keystore).newCall(new Request.Builder().url(url).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.body().string()).contains("\"ok\"");
            }
            OkHttpClient plain = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
            assertThatThrownBy(() -> plain.newCall(new Request.Builder().url(url).build()).execute().close())
                    .as("a client that does not trust the certificate").isInstanceOf(javax.net.ssl.SSLException.class);
        }
    }

    /** A client that trusts exactly the keystore's certificate. */
    private static OkHttpClient trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", ks.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
        return new OkHttpClient.Builder().sslSocketFactory(ssl.getSocketFactory(), tm).callTimeout(10, TimeUnit.SECONDS).build();
    }
}
