package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.screening.workstation.cli.RootCommand;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.server.store.StoreTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Admin commands on an H2 folder with the real server running on it in its own JVM (sent to the
 * server's local admin endpoint) and without it (the folder opened directly), and what the server
 * process listens on: its HTTP(S) port on the host it was given, and nothing else (read from /proc).
 */
@Tag("slow")
class ServerAdminTransportTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window here");
        }, name -> null));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    @Test
    void theStoreUrlOpensNoPortAndWritesNoTraceFile() {
        StoreTarget target = StoreTarget.h2(dir.resolve("server"));
        assertThat(target.url()).doesNotContainIgnoringCase("AUTO_SERVER").contains(";WRITE_DELAY=0").startsWith("jdbc:h2:h2aes:")
                .contains(";TRACE_LEVEL_FILE=0");
        assertThat(target.toString()).doesNotContain(target.password());
    }

    @Test
    void adminCommandsWorkWhileTheServerRunsAfterItStopsAndAfterItWasKilled() throws Exception {
        Path data = dir.resolve("server");
        String folder = data.toString();
        assertThat(run("server", "site", "add", "--data", folder, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院")).as(err.toString()).isZero();

        ServerProcess server = ServerProcess.start(List.of("--data", folder, "--host", "127.0.0.1", "--port", "0"), Map.of());
        try {
            assertThat(data.resolve("server.admin")).exists();
            assertThat(Files.getPosixFilePermissions(data.resolve("server.admin"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(run("server", "--data", folder, "site", "add", "--code", "210727101-T", "--type", "TOWNSHIP",
                    "--division", "210727101", "--name", "七里河镇卫生院", "--parent", "210727-C")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("已添加机构 210727101-T");
            assertThat(run("server", "enrol", "--data", folder, "--site", "210727101-T")).as(err.toString()).isZero();
            String code = lastLine();
            assertThat(run("server", "admin-token", "--data", folder)).as(err.toString()).isZero();
            String admin = lastLine();
            assertThat(run("server", "enrol", "--data", folder, "--site", "NOPE")).isEqualTo(2);
            assertThat(err.toString()).contains("机构不存在");

            ApiClient api = new ApiClient(new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build(),
                    "http://127.0.0.1:" + server.port + "/api/v1");
            assertThat(api.post("/enrol", null, new EnrolRequest(code, "卫生院电脑", "test")).status()).isEqualTo(200);
            assertThat(api.get("/admin/stats", admin).json().get("sites").asLong()).isEqualTo(2);
            assertThat(run("server", "device", "list", "--data", folder)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("210727101-T").contains("active");

            // the endpoint runs nothing without the folder's secret
            ApiClient.Answer stranger = api.post("/local-admin", null, List.of("admin-token"));
            assertThat(stranger.status()).isEqualTo(403);

            server.close();
            assertThat(data.resolve("server.admin")).doesNotExist();
            assertThat(run("server", "site", "list", "--data", folder)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("210727-C").contains("210727101-T");

            server = ServerProcess.start(List.of("--data", folder, "--host", "127.0.0.1", "--port", "0"), Map.of());
            server.kill();
            assertThat(data.resolve("server.admin")).as("left behind by the killed server").exists();
            assertThat(run("server", "enrol", "--data", folder, "--site", "210727-C")).as(err.toString()).isZero();
        } finally {
            server.close();
        }
        assertThat(ownerOnly(data)).isTrue();
    }

    @Test
    void theServerListensOnlyOnItsPortOnTheHostItWasGiven() throws Exception {
        assumeThat(Path.of("/proc/net/tcp")).as("Linux /proc").exists();
        String folder = dir.resolve("server").toString();
        assertThat(run("server", "site", "add", "--data", folder, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院")).as(err.toString()).isZero();
        // 127.0.0.2 is this machine too, but not the address clients of 127.0.0.1 or the wildcard reach
        try (ServerProcess server = ServerProcess.start(List.of("--data", folder, "--host", "127.0.0.2", "--port", "0"), Map.of())) {
            assertThat(listening(server.process.pid())).containsExactly("127.0.0.2:" + server.port);
            assertThat(run("server", "enrol", "--data", folder, "--site", "210727-C")).as(err.toString()).isZero();
            assertThat(listening(server.process.pid())).containsExactly("127.0.0.2:" + server.port);
        }
    }

    @Test
    void overTlsTooTheServerListensOnItsHostAndAdminCommandsReachIt() throws Exception {
        assumeThat(Path.of("/proc/net/tcp")).as("Linux /proc").exists();
        String folder = dir.resolve("server").toString();
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit-1", "-keypass", "changeit-1").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run("server", "site", "add", "--data", folder, "--code", "210727-C", "--type", "county", "--division", "210727",
                "--name", "义县人民医院")).as(err.toString()).isZero();
        try (ServerProcess server = ServerProcess.start(List.of("--data", folder, "--host", "127.0.0.2", "--port", "0",
                "--tls-keystore", keystore.toString(), "--tls-keystore-password-env", "KS_PASSWORD"), Map.of("KS_PASSWORD", "changeit-1"))) {
            assertThat(listening(server.process.pid())).containsExactly("127.0.0.2:" + server.port);
            assertThat(Files.readString(dir.resolve("server").resolve("server.admin"))).contains("https\\://127.0.0.2");
            assertThat(run("server", "admin-token", "--data", folder)).as(err.toString()).isZero();
            assertThat(lastLine()).hasSizeGreaterThan(40);
        }
    }

    /** The folder 0700 and every file in it 0600. */
    static boolean ownerOnly(Path folder) throws IOException {
        if (!Files.getPosixFilePermissions(folder).equals(PosixFilePermissions.fromString("rwx------"))) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(f -> {
                try {
                    return Files.getPosixFilePermissions(f).equals(PosixFilePermissions.fromString("rw-------"));
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /** What `ss -ltnp` shows for one process: the address:port of each TCP socket it listens on. */
    static List<String> listening(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] f = line.strip().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    out.add(address(f[1]));
                }
            }
        }
        return out;
    }

    /** /proc's "0200007F:1F90" as "127.0.0.2:8080" (the address in host byte order, little-endian here). */
    private static String address(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] raw = new BigInteger(parts[0], 16).toByteArray();
        byte[] bytes = new byte[parts[0].length() / 2];
        System.arraycopy(raw, Math.max(0, raw.length - bytes.length), bytes, Math.max(0, bytes.length - raw.length),
                Math.min(raw.length, bytes.length));
        for (int i = 0; i < bytes.length; i += 4) {
            for (int j = 0; j < 2; j++) {
                byte t = bytes[i + j];
                bytes[i + j] = bytes[i + 3 - j];
                bytes[i + 3 - j] = t;
            }
        }
        return InetAddress.getByAddress(bytes).getHostAddress() + ":" + Integer.parseInt(parts[1], 16);
    }
}
