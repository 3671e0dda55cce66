package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.store.StoreException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a full, read-only, locked or damaged disk, for real: each told as one Chinese sentence with what to
 * do, never H2's English or its SQL; a long import onto a full disk stops at once and leaves whole batches only.
 */
@Tag("slow")
class StoreOnBadDiskTest {

    static final int ROWS = 100_000;
    @TempDir
    Path dir;
    final Texts zh = new Texts(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aLongImportOntoAFullDiskStopsWithinSecondsWithTheSentenceAndKeepsWholeBatches() throws Exception {
        Path list = writeList(dir.resolve("big.csv"), ROWS);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 12)) {
            Workstation w = TestSites.countyHospital(disk.dir().resolve("ws"));
            ServiceException stopped;
            long commitMs;
            try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
                PatientImport importer = TestSites.services(ws).patientImport();
                ImportPreview preview = importer.preview(list);
                long start = System.nanoTime();
                stopped = (ServiceException) org.assertj.core.api.Assertions.catchThrowable(() -> importer.commit(preview));
                commitMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(stopped).isNotNull();
                // the workspace closes at once too (H2 used to spin forever rolling back on the failed file)
            }
            assertThat(stopped.messageKey()).isEqualTo("import.stopped");
            String sentence = zh.of(stopped);
            assertThat(sentence).contains("磁盘空间已满", "腾出空间").doesNotContain("General", "SQL", "MVStore");
            int committed = Integer.parseInt((String) stopped.args().get(1));
            assertThat(committed % 500).as("whole batches of 500 only").isZero();
            assertThat(committed).isPositive().isLessThan(ROWS);
            assertThat(sentence).contains("已导入" + committed + "行");
            assertThat(commitMs).as("stopped within seconds of the disk filling").isLessThan(30_000);

            disk.resize(64);
            try (Workspace again = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
                long patients = again.database().read(tx -> again.patients().count(tx));
                long pending = again.database().read(tx -> again.outbox().pendingCount(tx));
                assertThat(patients).as("exactly the committed rows, nothing half-written").isEqualTo(committed);
                assertThat(pending).isEqualTo(committed);
            }
        }
    }

    @Test
    void aTransactionWhosePagesH2WritesBeforeItsCommitIsToldAsAFullDiskToo() throws Exception {
        Path list = writeList(dir.resolve("big.csv"), 20_000);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 12)) {
            Workstation w = TestSites.countyHospital(disk.dir().resolve("ws"));
            try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
                List<cn.screening.workstation.domain.patient.Patient> patients = TestSites.services(ws).patientImport()
                        .preview(list).rows().stream().filter(ImportRowVerdict::importable).map(ImportRowVerdict::patient).toList();
                // one transaction of 20,000: H2 writes its pages to the file before the commit, and that write
                // meets the full disk; the statement is told only "This store is closed"
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> ws.database().write(ws.session().actor(),
                        tx -> ws.patients().insertAll(tx, patients, "bulk test")));
                assertThat(failure).isInstanceOf(StoreException.class);
                assertThat(((StoreException) failure).kind()).isEqualTo(StoreException.Kind.DISK_FULL);
                assertThat(zh.of((StoreException) failure)).contains("磁盘空间已满");
            }
        }
    }

    @Test
    void theCommandLineImportOntoAFullDiskEndsWithTheSentenceAndDoesNotHang() throws Exception {
        Path list = writeList(dir.resolve("big.csv"), 40_000);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 8)) {
            Path data = disk.dir().resolve("ws");
            TestSites.countyHospital(data);
            long start = System.nanoTime();
            Process p = cli(data, "--user", "admin", "import", "patients", "--file", list.toString(), "--report",
                    dir.resolve("r.csv").toString());
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the command ended (it used to hang in H2 after the failure)").isTrue();
            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(err).contains("导入已停止", "磁盘空间已满").doesNotContain("General error", "SQL statement", "Exception");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
        }
    }

    @Test
    void aReadOnlyFolderIsToldAsReadOnly() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 16)) {
            Workstation w = TestSites.countyHospital(disk.dir().resolve("ws"));
            disk.readOnly();
            assertThatThrownBy(() -> TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD).close())
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
                        assertThat(zh.of(e)).contains("只能读、不能写", "写入权限");
                    });
            // the settings page's save says the same, not "database error"
            assertThatThrownBy(() -> new SettingsFile(disk.dir().resolve("ws")).save(Settings.DEFAULT.withLanguage("en")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY));
        }
    }

    @Test
    void aStoreHeldByAnotherProgramIsToldAsLocked() throws Exception {
        Path data = dir.resolve("ws");
        // this JVM keeps the store open; a second JVM tries the same folder
        try (Workspace held = TestSites.login(TestSites.countyHospital(data), "admin", TestSites.ADMIN_PASSWORD)) {
            Process p = cli(data, "--user", "admin", "user", "list");
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(err.strip()).isEqualTo(zh.get("error.store.locked"));
    }

    @Test
    void aDamagedFileIsToldAsDamagedWithWhatToDo() throws Exception {
        Path data = dir.resolve("ws");
        Workstation w = TestSites.countyHospital(data);
        Path file = data.resolve("workstation.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            new java.util.Random(7).nextBytes(junk);
            raf.seek(0);
            raf.write(junk);
            raf.seek(raf.length() / 2);
            raf.write(junk);
        }
        assertThatThrownBy(() -> TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD).close())
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isIn(StoreException.Kind.CORRUPT, StoreException.Kind.WRONG_KEY);
                    assertThat(zh.of(e)).contains("请").doesNotContainPattern("[A-Za-z]{4,}\\s[A-Za-z]{4,}");
                });
    }

    private Process cli(Path data, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.screening.workstation.app.Main", "--data", data.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
        return pb.start();
    }

    static Path writeList(Path file, int rows) throws IOException {
        StringBuilder sb = new StringBuilder("姓名,身份证号码,性别,出生日期,联系电话,乡镇（街道）,村（居）委会,人员类别\n");
        LocalDate start = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate birth = start.plusDays(i / 500);
            int seq = (i % 500) * 2 + 1;
            sb.append("王").append((char) ('一' + i % 500)).append((char) ('丁' + i / 500)).append(',')
                    .append(TestSites.yixianId(birth, seq % 1000)).append(",男,").append(birth)
                    .append(",13812340000,七里河镇,,低保户\n");
        }
        return Files.writeString(file, sb.toString());
    }
}
