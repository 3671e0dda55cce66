package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import cn.screening.workstation.store.ControlSocket;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's side of `backup create` (decision 0024), on a real store, keyring and socket in one JVM. */
class WindowBackupsTest {

    static final String RECOVERY = "recover-2026";

    @TempDir
    Path dir;
    Path site;
    Workspace ws;
    WindowBackups desk;

    @BeforeEach
    void open() {
        site = dir.resolve("site");
        TestSites.countyHospital(site);
        ws = TestSites.login(TestSites.workstation(site), "doctor", TestSites.DOCTOR_PASSWORD); // the window's own user
        desk = new WindowBackups(ws, new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private WindowBackups.Request request(String user, String password, Path out) {
        return new WindowBackups.Request(user, password.toCharArray(), RECOVERY.toCharArray(), out.toString(), "zh");
    }

    @Test
    void aWrongPasswordCountsAsAFailedLoginAndTheBackupRestoresWithTheLockOutRecordAgreeing() {
        Path file = dir.resolve("b.scbak");
        WindowBackups.Answer wrong = desk.handle(request("admin", "not-the-password-1", file));
        assertThat(wrong.ok()).isFalse();
        assertThat(wrong.error()).isEqualTo("用户名或密码错误，还可尝试4次");
        assertThat(file).doesNotExist();

        WindowBackups.Answer made = desk.handle(request("admin", TestSites.ADMIN_PASSWORD, file));
        assertThat(made.ok()).as(made.error()).isTrue();
        assertThat(made.file()).isEqualTo(file.toString());
        assertThat(made.rows()).isPositive();
        List<AuditEntry> audit = ws.database().read(tx -> ws.audit().latest(tx, 50));
        assertThat(audit).anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED && "admin".equals(e.entityId())
                && "command line".equals(e.detail()));
        assertThat(audit).anyMatch(e -> e.action() == AuditAction.EXPORT && "admin".equals(e.username())
                && "backup b.scbak via command line".equals(e.detail()));

        // the lock-out journal travels with the keyring: a name with settled failures is not read as tampered
        Path restored = dir.resolve("restored");
        new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES)
                .restore(file, RECOVERY.toCharArray(), restored, Clock.systemDefaultZone());
        assertThat(TestSites.workstation(restored).login("admin", TestSites.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class).satisfies(s -> ((LoginResult.Success) s).workspace().close());
    }

    @Test
    void wrongPasswordsThroughTheWindowLockTheAccountAsLoginsDo() {
        Path file = dir.resolve("b.scbak");
        for (int i = 0; i < TestSites.FAST_KEYS.maxAttempts(); i++) {
            desk.handle(request("admin", "not-the-password-" + i, file));
        }
        WindowBackups.Answer locked = desk.handle(request("admin", TestSites.ADMIN_PASSWORD, file));
        assertThat(locked.ok()).isFalse();
        assertThat(locked.error()).startsWith("密码错误次数过多，账户已锁定至");
        assertThat(file).doesNotExist();
        assertThat(TestSites.workstation(site).login("admin", TestSites.ADMIN_PASSWORD.toCharArray()))
                .as("the start screen's login counts the same failures").isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void anAccountThatMayNotBackUpIsRefusedThoughItsPasswordIsRight() {
        Path file = dir.resolve("b.scbak");
        WindowBackups.Answer a = desk.handle(request("doctor", TestSites.DOCTOR_PASSWORD, file));
        assertThat(a.ok()).isFalse();
        assertThat(a.error()).startsWith("当前角色无权执行此操作");
        assertThat(file).doesNotExist();
    }

    @Test
    void aRequestWhileABackupRunsIsToldSoAtOnce() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            desk.running.lock(); // as a backup under way holds it
            try {
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                desk.running.unlock();
            }
        });
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        WindowBackups.Answer a = desk.handle(request("admin", TestSites.ADMIN_PASSWORD, dir.resolve("b.scbak")));
        release.countDown();
        running.get(30, TimeUnit.SECONDS);
        assertThat(a.error()).startsWith("正在备份");
    }

    /** A data folder whose path is too long for a socket address: the socket goes to a private temp folder. */
    @Test
    void theCommandLineReachesTheWindowThroughTheFallbackSocketAndCloseRemovesIt() throws Exception {
        Path deep = dir.resolve("a-data-folder-with-a-long-name-".repeat(3));
        TestSites.countyHospital(deep);
        try (Workspace deepWs = TestSites.login(TestSites.workstation(deep), "doctor", TestSites.DOCTOR_PASSWORD)) {
            WindowBackups deepDesk = new WindowBackups(deepWs, new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT,
                    RestoreCheck.TABLES), ZoneId.of("Asia/Shanghai"));
            Path socket;
            Path file = dir.resolve("deep.scbak");
            try (WindowBackupListener listener = WindowBackupListener.start(deep, deepDesk)) {
                socket = listener.bound().get(30, TimeUnit.SECONDS);
                assertThat(socket.startsWith(deep)).isFalse();
                assertThat(Files.readString(deep.resolve(ControlSocket.POINTER)).trim()).isEqualTo(socket.toString());
                try (WindowBackupClient client = WindowBackupClient.connect(deep).orElseThrow()) {
                    WindowBackups.Answer a = client.ask(request("admin", TestSites.ADMIN_PASSWORD, file));
                    assertThat(a.ok()).as(a.error()).isTrue();
                }
            }
            assertThat(file).exists();
            assertThat(socket).doesNotExist();
            assertThat(socket.getParent()).doesNotExist();
            assertThat(deep.resolve(ControlSocket.POINTER)).doesNotExist();
            assertThat(WindowBackupClient.connect(deep)).as("no window listens").isEmpty();
        }
    }
}
