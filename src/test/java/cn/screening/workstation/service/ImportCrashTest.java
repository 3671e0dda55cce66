package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at random moments, in a separate JVM, then run again: every row
 * arrives once, and every patient has exactly one outbox entry waiting for sync.
 */
@Tag("slow")
class ImportCrashTest {

    static final int ROWS = 6_000;
    @TempDir
    Path dir;

    @Test
    void killedImportsLoseNothingAndDoubleNothing() throws Exception {
        Path data = dir.resolve("data");
        Path list = writeList(dir.resolve("big.csv"));
        assertThat(exitOf(cli(data, "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院", "--admin",
                "admin"))).isZero();
        Random random = new Random(42);
        int kills = 0;
        List<Long> countsAfterKill = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process p = cli(data, "--user", "admin", "import", "patients", "--file", list.toString(), "--report",
                    dir.resolve("r.csv").toString());
            // let it run a random while, then pull the plug (SIGKILL: no shutdown hooks, no flush)
            boolean finished = p.waitFor(1500 + random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!finished) {
                assertThat(p.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).as("the killed import ended").isTrue();
                kills++;
            }
            countsAfterKill.add(patientsAndOutbox(data)[0]);
        }
        assertThat(kills).as("at least one import was cut short").isPositive();
        assertThat(countsAfterKill).isSorted();
        Process last = cli(data, "--user", "admin", "import", "patients", "--file", list.toString(), "--report",
                dir.resolve("r.csv").toString());
        assertThat(exitOf(last)).isZero();

        long[] counts = patientsAndOutbox(data);
        assertThat(counts[0]).isEqualTo(ROWS);
        assertThat(counts[1]).isEqualTo(ROWS);
    }

    /** The child's exit code; a child that hangs fails the test instead of the build. */
    private static int exitOf(Process p) throws InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not end within 5 minutes");
        }
        return p.exitValue();
    }

    /** Patients stored and outbox entries pending, read in this JVM once the child is gone. */
    private static long[] patientsAndOutbox(Path data) {
        Workstation w = new Workstation(data, cn.screening.workstation.store.LockoutPolicy.DEFAULT,
                cn.screening.workstation.store.StoreOptions.DEFAULT, java.time.Clock.systemDefaultZone());
        try (Workspace ws = TestSites.login(w, "admin", "admin-pass-1")) {
            long patients = ws.database().read(tx -> ws.patients().count(tx));
            long pending = ws.database().read(tx -> ws.outbox().pendingCount(tx));
            return new long[] {patients, pending};
        }
    }

    private Process cli(Path data, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.screening.workstation.app.Main", "--data", data.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("SCREENING_PASSWORD", "admin-pass-1");
        return pb.start();
    }

    private static Path writeList(Path file) throws IOException {
        String[] townships = {"七里河镇", "刘龙台镇", "城关街道", "头台镇", "前杨镇"};
        StringBuilder sb = new StringBuilder("姓名,身份证号码,性别,出生日期,联系电话,乡镇（街道）,村（居）委会,人员类别\n");
        LocalDate start = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            LocalDate birth = start.plusDays(i / 500);
            int seq = (i % 500) * 2 + 1;
            String id = TestSites.yixianId(birth, seq % 1000);
            sb.append("王").append((char) ('一' + i % 500)).append((char) ('丁' + i / 500)).append(',').append(id)
                    .append(",男,").append(birth).append(",1381234").append(String.format("%04d", i % 10000)).append(',')
                    .append(townships[i % townships.length]).append(",,低保户\n");
        }
        return Files.writeString(file, sb.toString());
    }
}
