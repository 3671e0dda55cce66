package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.http.RequestLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowloris on enrolment, the one body read from strangers: 300 raw sockets send the headers of a
 * POST /enrol and then dribble its body a byte at a time. While they are open the server still
 * answers /health within 2 s, and every one of them is answered (503 at once, or 408) or closed.
 */
@Tag("slow")
class SlowUploadServerTest {

    static final int SOCKETS = 300;
    static final int OPEN_ENROLS = 16;

    @TempDir
    Path dir;

    @Test
    void healthAnswersWithinTwoSecondsWhileThreeHundredEnrolmentsDribble() throws Exception {
        // rates high enough that the gate and the timeouts, not the per-address limit, meet these sockets
        RequestLimits limits = RequestLimits.DEFAULT.withRates(100_000, 100_000).withOpenEnrols(OPEN_ENROLS, Duration.ofSeconds(3));
        List<Socket> sockets = new ArrayList<>();
        ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"),
                HttpOptions.plain("127.0.0.1", 0).withLimits(limits))) {
            int port = server.api.port();
            byte[] head = ("POST " + ApiServer.BASE + "/enrol HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (16 * 1024 - 1) + "\r\n\r\n{\"code\":\"")
                    .getBytes(StandardCharsets.US_ASCII);
            // a first call loads the client's classes, so the timed call below (a new client, a new connection) measures the server
            try (Response warm = health(new OkHttpClient.Builder().callTimeout(30, TimeUnit.SECONDS).build(), port)) {
                assertThat(warm.code()).isEqualTo(200);
            }
            for (int i = 0; i < SOCKETS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                s.getOutputStream().write(head);
                s.getOutputStream().flush();
                sockets.add(s);
            }
            dribbler.scheduleAtFixedRate(() -> sockets.forEach(SlowUploadServerTest::dribble), 0, 200, TimeUnit.MILLISECONDS);

            OkHttpClient client = new OkHttpClient.Builder().callTimeout(2, TimeUnit.SECONDS).build();
            long started = System.nanoTime();
            try (Response health = health(client, port)) {
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(health.code()).isEqualTo(200);
                assertThat(ms).as("health answered in %d ms", ms).isLessThan(2_000);
                System.out.printf("health answered in %d ms with %d slow enrolments open%n", ms, SOCKETS);
            }

            Map<String, Integer> answers = answers(sockets, System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            System.out.println("slow enrolments were answered: " + answers);
            assertThat(answers.keySet()).as("every slow enrolment is refused (503), cut off (408) or closed")
                    .isSubsetOf("503", "408", "closed");
            assertThat(answers.getOrDefault("503", 0)).as("most are turned away at once, not read")
                    .isGreaterThanOrEqualTo(SOCKETS / 2);
        } finally {
            dribbler.shutdownNow();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    private static Response health(OkHttpClient client, int port) throws IOException {
        return client.newCall(new Request.Builder().url("http://127.0.0.1:" + port + ApiServer.BASE + "/health").build()).execute();
    }

    private static void dribble(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write('A');
            out.flush();
        } catch (IOException closedByTheServer) {
            // the server answered and closed it: nothing more to send
        }
    }

    /** Each socket's status code, or "closed" when it ended without one; never waits past the deadline. */
    private static Map<String, Integer> answers(List<Socket> sockets, long deadline) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (Socket s : sockets) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            assertThat(left).as("every slow enrolment answered in time").isPositive();
            s.setSoTimeout((int) left);
            String status;
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = r.readLine();
                status = line == null ? "closed" : line.split(" ")[1];
            } catch (SocketTimeoutException e) {
                status = "still open";
            } catch (IOException reset) {
                status = "closed";
            }
            out.merge(status, 1, Integer::sum);
        }
        return out;
    }
}
