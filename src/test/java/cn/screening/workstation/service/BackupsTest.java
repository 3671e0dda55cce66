package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.StoreCopy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    static final String RECOVERY = "recover-2026";
    static final LocalDate BIRTH = LocalDate.of(1980, 3, 8);
    static final String NAME = "欧阳备份";

    @TempDir
    Path dir;
    Path site;
    Workspace ws;
    final Backups backups = new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES);
    final Texts zh = new Texts(Locale.SIMPLIFIED_CHINESE);
    int sequence;

    @BeforeEach
    void open() {
        site = dir.resolve("site");
        TestSites.countyHospital(site);
        ws = TestSites.login(TestSites.workstation(site), "doctor", TestSites.DOCTOR_PASSWORD);
        for (int i = 0; i < 3; i++) {
            register();
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void register() {
        int n = sequence++;
        LocalDate birth = BIRTH.plusDays(n / 400);
        String id = TestSites.yixianId(birth, 11 + (n % 400) * 2);
        RegistrationOutcome outcome = TestSites.services(ws).registration().register(new RegistrationRequest(
                TestSites.patient(NAME + chinese(n), id, Sex.MALE, birth), null, CaseRegistration.HEMOPHILIA,
                CaseRegistrationTest.jointBleedWithCorrectingAptt(), true));
        assertThat(outcome).isNotInstanceOf(RegistrationOutcome.Invalid.class);
    }

    /** The number in the characters 甲 to 癸, since a name is Chinese characters only. */
    private static String chinese(int n) {
        String digits = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    @Test
    void aRestoredFolderHoldsEveryRowOfEveryTableAndTheOldPasswordsLogIn() {
        Path file = dir.resolve("b.scbak");
        Backups.Made made = backups.create(ws, file, RECOVERY.toCharArray());
        assertThat(made.tables()).isGreaterThan(20);

        Path restored = dir.resolve("restored");
        Backups.Restored r = backups.restore(file, RECOVERY.toCharArray(), restored, Clock.systemDefaultZone());
        assertThat(r.siteName()).isEqualTo("义县人民医院");
        assertThat(r.rows()).isEqualTo(made.rows());

        try (Database copy = Database.open(restored, ws.key(), StoreOptions.DEFAULT, Clock.systemDefaultZone())) {
            List<String> tables = ws.database().read(StoreCopy::tables);
            assertThat(copy.read(StoreCopy::tables)).isEqualTo(tables);
            for (String table : tables) {
                assertThat(rows(copy, table)).as(table).isEqualTo(rows(ws.database(), table));
            }
            assertThat(rows(copy, "PATIENT")).hasSize(3);
        }
        Workstation back = TestSites.workstation(restored);
        assertThat(back.login("admin", TestSites.ADMIN_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class)
                .satisfies(s -> ((LoginResult.Success) s).workspace().close());
    }

    /** Every row of a table, each as its columns' text, in a stable order. */
    private static List<String> rows(Database db, String table) {
        return db.read(tx -> {
            List<String> rows = new ArrayList<>();
            try (Statement st = tx.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + StoreCopy.quoted(table))) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] cols = new String[n];
                    for (int i = 1; i <= n; i++) {
                        cols[i - 1] = rs.getString(i);
                    }
                    rows.add(Arrays.toString(cols));
                }
            }
            rows.sort(null);
            return rows;
        });
    }

    @Test
    void aRestoreRefusesAFolderThatHoldsAStore() throws Exception {
        Path file = dir.resolve("b.scbak");
        backups.create(ws, file, RECOVERY.toCharArray());
        Path other = dir.resolve("other");
        TestSites.workstation(other).setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        byte[] keyringBefore = Files.readAllBytes(other.resolve(Keyring.FILE_NAME));
        long storeBefore = Database.fileSize(other);

        assertThatThrownBy(() -> backups.restore(file, RECOVERY.toCharArray(), other, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.backup.targetHoldsStore");
                    assertThat(zh.of(e)).contains("目标文件夹已有数据库").contains("不会覆盖");
                });
        assertThat(Files.readAllBytes(other.resolve(Keyring.FILE_NAME))).isEqualTo(keyringBefore);
        assertThat(Database.fileSize(other)).isEqualTo(storeBefore);
    }

    @Test
    void aWrongRecoveryPasswordIsRefusedAndLeavesNothing() {
        Path file = dir.resolve("b.scbak");
        backups.create(ws, file, RECOVERY.toCharArray());
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> backups.restore(file, "wrong-pass-9".toCharArray(), target, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.backup.recoveryWrong");
                    assertThat(zh.of(e)).isEqualTo("恢复密码不正确，无法打开此备份");
                });
        assertThat(Database.exists(target)).isFalse();
        assertThat(Keyring.exists(target)).isFalse();
    }

    @Test
    void aChangedByteIsRefusedAndTheHalfRestoredStoreRemoved() throws Exception {
        Path file = dir.resolve("b.scbak");
        backups.create(ws, file, RECOVERY.toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 1;
        Files.write(file, bytes);
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> backups.restore(file, RECOVERY.toCharArray(), target, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.backup.damaged"));
        assertThat(Database.exists(target)).isFalse();
        assertThat(Keyring.exists(target)).isFalse();
    }

    @Test
    void aBackupWhoseAuditHistoryWasEditedIsNotRestored() {
        // someone with the key and a SQL tool rewrites an audit line, then a backup is made of it
        ws.database().write(cn.screening.workstation.store.Actor.SYSTEM, tx -> {
            try (Statement st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE audit_log SET detail = 'nothing here' WHERE chain_no = 2");
            }
        });
        Path file = dir.resolve("b.scbak");
        backups.create(ws, file, RECOVERY.toCharArray());
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> backups.restore(file, RECOVERY.toCharArray(), target, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.backup.chainBroken");
                    assertThat(zh.of(e)).contains("第 2 条").contains("审计记录被改动过");
                });
        assertThat(Database.exists(target)).isFalse();
        assertThat(Keyring.exists(target)).isFalse();
    }

    @Test
    void theFileHoldsNoPatientNameNorIdNumberInTheClear() throws Exception {
        Path file = dir.resolve("b.scbak");
        backups.create(ws, file, RECOVERY.toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        for (String secret : List.of(NAME, TestSites.yixianId(BIRTH, 11), "13812341234", "CREATE TABLE", "PATIENT")) {
            assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8))).as(secret).isEqualTo(-1);
            assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_16LE))).as(secret).isEqualTo(-1);
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("owner-only, as the data folder's files").isEqualTo("rw-------");
        }
        // and no file besides the backup was left in its folder (no plain copy, not even a part)
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "b.scbak");
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aBackupTakenWhileCasesAreSavedIsOneConsistentSnapshot() {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                register();
                saved.incrementAndGet();
            }
        });
        try {
            org.awaitility.Awaitility.await().until(() -> saved.get() >= 2);
            Path file = dir.resolve("b.scbak");
            backups.create(ws, file, RECOVERY.toCharArray());
            assertThat(writer).isNotDone();
            stop.set(true);
            writer.join();
            // the restore checks every table's count against the snapshot's; each case came with its outbox entry
            Path restored = dir.resolve("restored");
            backups.restore(file, RECOVERY.toCharArray(), restored, Clock.systemDefaultZone());
            try (Database copy = Database.open(restored, ws.key(), StoreOptions.DEFAULT, Clock.systemDefaultZone())) {
                Map<String, Long> counts = copy.read(StoreCopy::rowCounts);
                long cases = counts.get("SCREENING_CASE");
                long queued = copy.read(tx -> {
                    try (Statement st = tx.connection().createStatement();
                         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM OUTBOX WHERE ENTITY_TYPE = 'case'")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertThat(cases).isGreaterThanOrEqualTo(5);
                assertThat(queued).isEqualTo(cases);
            }
        } finally {
            stop.set(true);
            writer.join();
        }
    }
}
