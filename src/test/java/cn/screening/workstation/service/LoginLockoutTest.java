package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.server.TestClock;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.StoreOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock-out as someone at the login window meets it: the same answers for names with and without
 * an account, and no edit of keyring.json (the lock's time removed, the failures emptied, an older
 * copy put back) lets a password through early or drops a failure from the audit log.
 */
class LoginLockoutTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(START);
    Workstation w;

    @BeforeEach
    void countyHospital() {
        w = new Workstation(dir, TestSites.FAST_KEYS, StoreOptions.DEFAULT, clock);
        w.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(ws).add("doctor", "李医生", Role.COUNTY_DOCTOR, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
    }

    List<LoginResult> sixWrong(String username) {
        List<LoginResult> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(w.login(username, "wrong-pass-1".toCharArray()));
        }
        return answers;
    }

    @Test
    void aNameWithoutAnAccountCountsDownAndLocksLikeOneWithAnAccount() {
        List<LoginResult> known = sixWrong("doctor");
        List<LoginResult> unknown = sixWrong("nobody");

        Instant until = START.plus(Duration.ofMinutes(5));
        assertThat(known).containsExactly(new LoginResult.WrongPassword(4), new LoginResult.WrongPassword(3),
                new LoginResult.WrongPassword(2), new LoginResult.WrongPassword(1), new LoginResult.Locked(until),
                new LoginResult.Locked(until));
        assertThat(unknown).isEqualTo(known);

        clock.advance(Duration.ofMinutes(5));
        assertThat(w.login("nobody", "wrong-pass-1".toCharArray())).isEqualTo(w.login("doctor", "wrong-pass-1".toCharArray()))
                .isEqualTo(new LoginResult.WrongPassword(4));
    }

    @Test
    void theLocksTimeRemovedFromTheKeyringUnlocksNothing() throws Exception {
        lockDoctorThenEdit(ring -> records(ring).forEach(r -> r.putNull("lockedUntil")));
    }

    @Test
    void theFailuresEmptiedInTheKeyringUnlockNothingAndStillReachTheAudit() throws Exception {
        lockDoctorThenEdit(ring -> records(ring).forEach(r -> r.putArray("unreportedFailures")));
    }

    @Test
    void theWholeLockOutSectionRemovedUnlocksNothing() throws Exception {
        lockDoctorThenEdit(ring -> {
            ring.remove("lockout");
            records(ring).forEach(r -> r.remove(List.of("lockedUntil", "unreportedFailures", "failedAttempts")));
        });
    }

    @Test
    void anOlderCopyOfTheKeyringPutBackUnlocksNothing() throws Exception {
        Path older = dir.resolve("keyring-older.json");
        Files.copy(dir.resolve(Keyring.FILE_NAME), older);
        lockDoctor();
        Files.copy(older, dir.resolve(Keyring.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(older, dir.resolve(Keyring.FILE_NAME + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        stillLockedThenAudited(5);
    }

    @Test
    void keyringAndJournalBothPutBackAreCaughtByTheCountInsideTheStore() throws Exception {
        // a good login after two failures: the store now counts 2 of the doctor's failures as audited
        w.login("doctor", "wrong-pass-1".toCharArray());
        w.login("doctor", "wrong-pass-1".toCharArray());
        Path keyringBefore = dir.resolve("k0");
        Path journalBefore = dir.resolve("j0");
        Files.copy(dir.resolve(Keyring.FILE_NAME), keyringBefore);
        Files.copy(dir.resolve("lockout.journal"), journalBefore);
        TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD).close();
        lockDoctor();
        // both copies outside the store put back to before that login: nothing there says "locked" any more
        Files.copy(keyringBefore, dir.resolve(Keyring.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(journalBefore, dir.resolve("lockout.journal"), StandardCopyOption.REPLACE_EXISTING);
        for (Path p : List.of(keyringBefore, journalBefore)) {
            Files.delete(p);
        }

        LoginResult right = w.login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray());
        assertThat(right).isEqualTo(new LoginResult.Locked(clock.instant().plus(Duration.ofMinutes(5))));
        clock.advance(Duration.ofMinutes(5));
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            List<AuditEntry> lines = doctorsFailures(ws);
            assertThat(lines).anyMatch(l -> "lock-out record altered outside the application".equals(l.detail()));
        }
    }

    void lockDoctor() {
        assertThat(sixWrong("doctor").get(5)).isInstanceOf(LoginResult.Locked.class);
    }

    /** Wherever the keyring keeps a name's failures: by name tag under "lockout", and (the earlier format) in each account's entry. */
    static List<ObjectNode> records(ObjectNode ring) {
        List<ObjectNode> out = new ArrayList<>();
        ring.path("lockout").path("names").forEach(n -> out.add((ObjectNode) n));
        ring.path("entries").forEach(n -> out.add((ObjectNode) n));
        return out;
    }

    void lockDoctorThenEdit(Consumer<ObjectNode> edit) throws Exception {
        lockDoctor();
        for (String name : List.of(Keyring.FILE_NAME, Keyring.FILE_NAME + ".bak")) {
            Path file = dir.resolve(name);
            ObjectNode ring = (ObjectNode) JSON.readTree(file.toFile());
            edit.accept(ring);
            JSON.writeValue(file.toFile(), ring);
        }
        stillLockedThenAudited(5); // the sixth try met the lock and checked no password
    }

    /** The right password is refused until the lock ends; then it logs in and every failure is in the audit log. */
    void stillLockedThenAudited(int failures) {
        assertThat(w.login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Locked.class);
        clock.advance(Duration.ofMinutes(4));
        assertThat(w.login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Locked.class);
        clock.advance(Duration.ofMinutes(1));
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            List<AuditEntry> lines = doctorsFailures(ws);
            assertThat(lines).filteredOn(l -> l.at().equals(START)).hasSize(failures);
        }
    }

    static List<AuditEntry> doctorsFailures(Workspace ws) {
        return ws.database().read(tx -> ws.audit().latest(tx, 1000)).stream()
                .filter(l -> l.action() == AuditAction.LOGIN_FAILED && "doctor".equals(l.entityId())).toList();
    }
}
