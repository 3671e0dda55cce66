package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation in a JVM of its own, saving case after case, killed with SIGKILL right after it
 * acknowledged a save, round after round: every case it acknowledged is in the store after the
 * restart, once, with its outbox entries.
 */
@Tag("slow")
class WorkstationKillTest {

    static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
        Path data = dir.resolve("data");
        TestSites.countyHospital(data);
        Random random = new Random(20261207);
        Map<Integer, UUID> acknowledged = new HashMap<>();
        int next = 0;
        List<Integer> roundEnds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = start(data, next);
            int killAfter = 30 + random.nextInt(60);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int seen = 0;
                while (seen < killAfter && (line = out.readLine()) != null) {
                    if (!line.startsWith("saved ")) {
                        continue;
                    }
                    String[] parts = line.split(" ");
                    acknowledged.put(Integer.parseInt(parts[1]), UUID.fromString(parts[2]));
                    next = Math.max(next, Integer.parseInt(parts[1]) + 1);
                    seen++;
                }
                // right after an answer: no shutdown hook, no flush
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(seen).as("saves acknowledged in round %d; the writer said:%n%s", round, tail(dir.resolve("writer.log")))
                        .isEqualTo(killAfter);
            }
            roundEnds.add(next - 1);
            // cases saved after the last line read may exist: the next writer skips their numbers
        }

        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            List<Integer> missing = new ArrayList<>();
            for (var e : new java.util.TreeMap<>(acknowledged).entrySet()) {
                if (ws.database().read(tx -> ws.cases().findById(tx, e.getValue())).isEmpty()) {
                    missing.add(e.getKey());
                }
            }
            assertThat(missing).as("acknowledged cases missing after the kills (rounds ended at %s)", roundEnds).isEmpty();
            long cases = ws.database().read(tx -> ws.cases().count(tx, CaseQuery.firstPage(50)));
            long pending = ws.database().read(tx -> ws.outbox().pendingCount(tx));
            // the writer goes on between the line read and the kill: a few unprinted cases per round
            assertThat(cases).isBetween((long) acknowledged.size(), (long) acknowledged.size() + 10L * ROUNDS);
            assertThat(pending).as("a patient and a case queued for every case").isEqualTo(2 * cases);
        }
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private Process start(Path data, int first) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(), data.toString(), Integer.toString(first)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("writer.log").toFile());
        return pb.start();
    }
}
