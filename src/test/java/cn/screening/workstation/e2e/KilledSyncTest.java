package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sync` in a separate JVM, killed with SIGKILL at random moments while it pushes 2,000 patients (in batches of 200 and up),
 * started again, killed again: after a last clean sync the server holds exactly the patients
 * entered, each once.
 */
@Tag("slow")
class KilledSyncTest {

    static final int PATIENTS = 2_000;
    static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void killedSyncsLoseNothingAndDoubleNothing() throws Exception {
        Path data = dir.resolve("county");
        try (Province province = Province.start(dir.resolve("server"))) {
            Set<UUID> entered = new HashSet<>();
            try (Station county = Station.enrolled(data, Province.YIXIAN, province, province.url())) {
                for (int chunk = 0; chunk < PATIENTS / 500; chunk++) {
                    List<Patient> batch = county.ws.database().write(county.ws.session().actor(), tx -> {
                        List<Patient> out = new ArrayList<>();
                        for (int i = 0; i < 500; i++) {
                            out.add(county.ws.patients().insert(tx, county.newPatient("导入患者")));
                        }
                        return out;
                    });
                    entered.addAll(Station.ids(batch));
                }
                assertThat(county.pending()).isEqualTo(PATIENTS);
            }

            Random random = new Random(20261126);
            List<Long> onServerAfterKill = new ArrayList<>();
            int kills = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long before = province.patients();
                Process p = sync(data, "round-" + round);
                // wait for the push to be under way (the server's count moves), then pull the plug a random while later
                // (SIGKILL: no hooks, no flush)
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> !p.isAlive() || province.patients() > before);
                // the first kill comes soon after the push starts: a pipelined push of 2,000 records can end within a second
                int delay = random.nextInt(1500);
                if (!p.waitFor(round == 0 ? delay / 20 : delay, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    kills++;
                }
                onServerAfterKill.add(province.patients());
            }
            System.out.println("patients on the server after each kill: " + onServerAfterKill + " (" + kills + " kills)");
            assertThat(kills).as("at least one sync was cut short").isPositive();
            assertThat(onServerAfterKill).isSorted();
            assertThat(onServerAfterKill.get(0)).as("the first sync was killed mid-push").isPositive().isLessThan(PATIENTS);

            Process last = sync(data, "last");
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(Files.readString(dir.resolve("last.log"))).isZero();
            assertThat(Files.readString(dir.resolve("last.log"))).contains("pending=0 quarantined=0 conflicts=0 unstored=0");

            assertThat(province.patients()).isEqualTo(PATIENTS);
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(entered);
        }
    }

    private Process sync(Path data, String name) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "cn.screening.workstation.app.Main", "--data", data.toString(), "--user", "admin",
                "sync");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SCREENING_PASSWORD", Station.ADMIN_PASSWORD);
        return pb.start();
    }
}
