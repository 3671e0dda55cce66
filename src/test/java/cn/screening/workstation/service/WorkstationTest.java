package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationTest {

    @TempDir
    Path dir;

    @Test
    void setUpThenLoginGivesTheSiteAndTheAdministrator() {
        Workstation w = TestSites.workstation(dir);
        assertThat(w.isSetUp()).isFalse();
        w.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        assertThat(w.isSetUp()).isTrue();
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            assertThat(ws.session().site()).isEqualTo(TestSites.YIXIAN_HOSPITAL);
            assertThat(ws.session().user().role()).isEqualTo(Role.ADMIN);
            long logins = ws.database().read(tx -> ws.audit().count(tx, AuditAction.LOGIN));
            assertThat(logins).isEqualTo(1);
        }
        assertThatThrownBy(() -> w.setUp(TestSites.YIXIAN_HOSPITAL, "x2", "x", "another-pass-1".toCharArray()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.setup.done"));
    }

    @Test
    void wrongPasswordsAreCountedLockedAndAuditedAtTheNextLogin() {
        Workstation w = TestSites.countyHospital(dir);
        assertThat(w.login("doctor", "nope".toCharArray())).isEqualTo(new LoginResult.WrongPassword(4));
        assertThat(w.login("nobody", "nope".toCharArray())).isInstanceOf(LoginResult.WrongPassword.class);
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            long failed = ws.database().read(tx -> ws.audit().count(tx, AuditAction.LOGIN_FAILED));
            assertThat(failed).isEqualTo(2); // the doctor's, and the one of the name without an account

        }
        for (int i = 0; i < 4; i++) {
            w.login("doctor", "nope".toCharArray());
        }
        assertThat(w.login("doctor", "nope".toCharArray())).isInstanceOf(LoginResult.Locked.class);
        assertThat(w.login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void aWeakPasswordOrBadUsernameIsRefusedAndNothingIsWritten() {
        Workstation w = TestSites.workstation(dir);
        assertThatThrownBy(() -> w.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", "short1".toCharArray()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.password.short"));
        assertThatThrownBy(() -> w.setUp(TestSites.YIXIAN_HOSPITAL, "a b", "管理员", "longenough1".toCharArray()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.username.invalid"));
        assertThat(w.isSetUp()).isFalse();
        assertThat(Database.exists(dir)).isFalse();
    }

    @Test
    void aSetUpCutShortIsSetAsideAndDoneAgain() throws Exception {
        // the store was created but the process died before the keyring was written
        Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC()).close();
        Workstation w = TestSites.workstation(dir);
        assertThat(w.isSetUp()).isFalse();
        w.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            assertThat(ws.session().site().name()).isEqualTo("义县人民医院");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".interrupted-"));
        }
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        Workstation w = TestSites.countyHospital(dir);
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(ws).deactivate("doctor");
            assertThatThrownBy(() -> new Accounts(ws).deactivate("admin")).isInstanceOf(ServiceException.class);
        }
        assertThat(w.login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray())).isInstanceOf(LoginResult.WrongPassword.class);
    }

    @Test
    void onlyAdministratorsAddUsers() {
        Workstation w = TestSites.countyHospital(dir);
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            assertThatThrownBy(() -> new Accounts(ws).add("x1", "某某", Role.ADMIN, "some-pass-1".toCharArray()))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission"));
        }
    }
}
