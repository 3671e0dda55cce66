package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.server.ServerHarness;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncScheduler;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A township clinic enrolled with a real provincial server on loopback: a registered case leaves the
 * status bar amber with its count, 立即同步 sends it, and only then does the bar turn green at 0 pending.
 */
@Tag("slow")
class SyncStatusBarTest extends FxRobot {

    static final String SITE = UiTestSupport.TOWNSHIP + "-T";

    @TempDir
    Path folder;
    @TempDir
    Path serverFolder;
    private ServerHarness server;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        server = ServerHarness.start(serverFolder);
        server.services.administration().addSite(SITE, InstitutionType.TOWNSHIP, UiTestSupport.TOWNSHIP, "七里河镇卫生院",
                ServerHarness.COUNTY);
        UiTestSupport.setUpClinic(folder);
        enrolAndRegisterACase();
        FxToolkit.registerPrimaryStage();
        // background sync would start on its own a few seconds after login; here only the button starts it
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder).withFirstSyncAfter(Duration.ofHours(1))));
        waitUntil(() -> present("#loginButton"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        server.close();
    }

    private void enrolAndRegisterACase() {
        var ws = UiTestSupport.workstation(folder);
        try (Workspace admin = login(ws, UiTestSupport.ADMIN)) {
            String url = "http://127.0.0.1:" + server.api.port();
            TestSites.services(admin).syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT))
                    .enrol(url, server.services.administration().enrolmentCode(SITE), "test PC");
        }
        try (Workspace doctor = login(ws, UiTestSupport.DOCTOR)) {
            Patient p = TestSites.patient("李小明", UiTestSupport.GOOD_ID, Sex.MALE, LocalDate.of(2010, 1, 1));
            Patient boy = new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                    p.phone(), p.address(), new Guardian("李大明", "父亲", "13900001111", true, null), p.povertyStatus(), p.insurance(),
                    null, null);
            var outcome = TestSites.services(doctor).registration().register(new RegistrationRequest(boy, null,
                    CaseRegistration.HEMOPHILIA, jointBleed(), true));
            assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class);
        }
    }

    private static Workspace login(Workstation ws, String user) {
        return ((LoginResult.Success) ws.login(user, UiTestSupport.PASSWORD.toCharArray())).workspace();
    }

    private static HemophiliaScreening jointBleed() {
        LabValue normal = new LabValue(new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("14"));
        return new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), false, null,
                new LabValue(new BigDecimal("68"), new BigDecimal("25"), new BigDecimal("37")), normal,
                new LabValue(new BigDecimal("16"), new BigDecimal("14"), new BigDecimal("21")),
                new LabValue(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")),
                new LabValue(new BigDecimal("250"), new BigDecimal("125"), new BigDecimal("350")),
                new MixingTest(MixingOutcome.CORRECTS, null, null), null);
    }

    @Test
    void pendingIsNotGreenAndSyncNowMakesItGreen() {
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#syncNowButton") && text("#syncLabel").contains("待上传"));

        assertThat(text("#syncLabel")).isEqualTo("同步：2 条记录待上传");
        assertThat(text("#syncLevelLabel")).isEqualTo("等待上传");
        assertThat(styles("#syncLevelLabel")).contains("sync-pending").doesNotContain("sync-ok");
        assertThat(text("#syncDetailLabel")).startsWith("最早一条已等待").contains("尚未成功同步");

        clickOn("#syncNowButton");
        waitUntil(() -> "同步：无待上传记录".equals(text("#syncLabel")) && styles("#syncLevelLabel").contains("sync-ok"));

        assertThat(text("#syncLevelLabel")).isEqualTo("已全部同步");
        assertThat(text("#syncDetailLabel")).startsWith("上次同步：");
        assertThat(lookup("#syncErrorLabel").query().isVisible()).isFalse();
        assertThat(server.stats().get("cases").asLong()).isEqualTo(1);
        assertThat(server.stats().get("patients").asLong()).isEqualTo(1);

        // logging out stops the sync thread before the store closes
        clickOn("#logoutButton");
        waitUntil(() -> present("#loginButton") && !syncThreadAlive());
    }

    private static boolean syncThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && SyncScheduler.THREAD_NAME.equals(t.getName()));
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }

    private List<String> styles(String query) {
        return List.copyOf(lookup(query).query().getStyleClass());
    }
}
