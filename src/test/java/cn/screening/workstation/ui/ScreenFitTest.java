package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.AppConfig;
import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.assembly.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every main screen at 1366×768, the county PCs' screen, in Chinese and in English: no text of a
 * label, button, column header or list cell is cut off (the skin shows it shortened with "…").
 * Each role is logged in and every section its navigation offers is opened in turn.
 */
@Tag("slow")
class ScreenFitTest extends FxRobot {

    private static final String LAB = "lab1";
    /** A county doctor at a county hospital: keeps the ledger (救治台账) and certifies (核对认定) */
    private static final String COUNTY = "county1";

    @TempDir
    Path folder;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"zh, doctor1", "zh, admin", "zh, lab1", "zh, county1", "en, doctor1", "en, admin", "en, lab1", "en, county1"})
    void everyScreenFitsAt1366x768(String language, String user) throws Exception {
        if (LAB.equals(user)) {
            setUpDesignatedHospital(folder);
        } else if (COUNTY.equals(user)) {
            setUpCountyHospital(folder);
        } else {
            UiTestSupport.setUpClinic(folder);
        }
        AppConfig base = UiTestSupport.config(folder);
        AppConfig config = new AppConfig(folder, language, base.lockout(), base.storeOptions(), base.clock());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(config));
        waitUntil(() -> lookup("#loginButton").tryQuery().isPresent());
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH);
            stage.setHeight(ScreenPictures.HEIGHT);
        });
        clickOn("#usernameField").write(user);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#logoutButton").tryQuery().isPresent());

        List<String> cut = new ArrayList<>();
        List<ToggleButton> sections = lookup(n -> n instanceof ToggleButton t && t.getToggleGroup() != null && t.isVisible())
                .queryAllAs(ToggleButton.class).stream().toList();
        assertThat(sections).isNotEmpty();
        for (ToggleButton section : sections) {
            interact(section::fire);
            WaitForAsyncUtils.waitForFxEvents();
            if ("dashboardButton".equals(section.getId())) {
                // the charts are read in the background: wait for the six status series
                waitUntil(() -> lookup("#statusChart").<javafx.scene.chart.XYChart<?, ?>>query().getData().size() == 6);
            }
            interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> cut.addAll(TextFit.cutOff(section.getId(), stage.getScene().getRoot())));
            if (COUNTY.equals(user) && List.of("certificationButton", "ledgerButton", "todayButton", "dashboardButton").contains(section.getId())) {
                // the window as the county sees it; the README shows these
                ScreenPictures.forReadme(stage, language + "-" + section.getId().replace("Button", "") + ".png");
            }
            if (COUNTY.equals(user) && "reportButton".equals(section.getId())) {
                // the user guide's picture of 月报表 (docs/user-guide.md)
                ScreenPictures.forReadme(stage, "zh".equals(language) ? "report.png" : "en-report.png");
            }
        }
        assertThat(cut).as(language + " / " + user).isEmpty();
        if (COUNTY.equals(user)) {
            assertRoomForOneMoreSection();
        }
    }

    /** The county doctor has the most sections: below them the navigation keeps room for one more button (统计看板). */
    private void assertRoomForOneMoreSection() throws Exception {
        VBox navigation = lookup(".navigation").queryAs(VBox.class);
        double[] room = WaitForAsyncUtils.asyncFx(() -> {
            Region spacer = (Region) navigation.getChildren().stream()
                    .filter(n -> n instanceof Region r && !(n instanceof javafx.scene.control.Control) && VBox.getVgrow(n) == Priority.ALWAYS)
                    .findFirst().orElseThrow();
            return new double[] {spacer.getHeight(), lookup("#todayButton").query().getBoundsInParent().getHeight() + navigation.getSpacing()};
        }).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(room[0]).as("free height below the county doctor's sections").isGreaterThanOrEqualTo(room[1]);
    }

    /** A county hospital's folder with a county doctor "county1" (every section, 核对认定 too) and one ledger row waiting. */
    private static void setUpCountyHospital(Path folder) {
        Workstation ws = UiTestSupport.workstation(folder);
        ws.setUp(new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院"), UiTestSupport.ADMIN, "王管理",
                UiTestSupport.PASSWORD.toCharArray());
        try (Workspace w = ((LoginResult.Success) ws.login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray())).workspace()) {
            new Accounts(w).add(COUNTY, "李医生", Role.COUNTY_DOCTOR, UiTestSupport.PASSWORD.toCharArray());
        }
        try (Workspace w = ((LoginResult.Success) ws.login(COUNTY, UiTestSupport.PASSWORD.toCharArray())).workspace()) {
            LocalDate birth = LocalDate.of(1960, 4, 1);
            Patient p = new Patient(UUID.randomUUID(), "欧阳建国", IdType.RESIDENT_ID, "210727196004010017", Sex.MALE, birth, "01",
                    "13812341234", new Address(UiTestSupport.TOWNSHIP, null, "七里河村", null), null, PovertyStatus.FAMILY_PLANNING_HARDSHIP,
                    InsuranceType.RESIDENT, "210727-C", null);
            w.database().write(w.session().actor(), tx -> w.patients().insert(tx, p));
            new Services(w, RuleBook.defaults(), new Texts(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai")).ledger()
                    .open(p.id(), "LUNG_CANCER", "C34.1", "义县人民医院", LocalDate.of(2026, 2, 1));
            treatedRow(w);
        }
    }

    /** A second row, certified and admitted with its costs, so that the 统计看板 has figures to draw. */
    private static void treatedRow(Workspace w) {
        LocalDate birth = LocalDate.of(1958, 7, 1);
        Patient p = new Patient(UUID.randomUUID(), "司马秀英", IdType.RESIDENT_ID, cn.screening.workstation.service.TestSites.yixianId(birth, 52), Sex.FEMALE, birth, "01",
                "13812345678", new Address(UiTestSupport.TOWNSHIP, null, "七里河村", null), null, PovertyStatus.FAMILY_PLANNING_HARDSHIP,
                InsuranceType.RESIDENT, "210727-C", null);
        w.database().write(w.session().actor(), tx -> w.patients().insert(tx, p));
        var ledger = new Services(w, RuleBook.defaults(), new Texts(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai")).ledger();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID row = ledger.open(p.id(), "LIVER_CANCER", "C22.0", "义县人民医院", today).id();
        ledger.certify(row, cn.screening.workstation.domain.ledger.Certification.CERTIFIED, null, List.of("民政"));
        ledger.saveAdmission(row, new cn.screening.workstation.domain.ledger.Admission(null, null, "义县人民医院",
                cn.screening.workstation.domain.ledger.HospitalLevel.COUNTY, "210727", today, today, "ZY1", "手术", true, null, null, null,
                new cn.screening.workstation.domain.ledger.Costs(1_200_000, java.util.Map.of(
                        cn.screening.workstation.domain.ledger.Payer.BASIC_INSURANCE, 900_000L), 0, 0, 300_000, true, true)));
    }

    /** A designated hospital's folder with its administrator and a lab user "lab1" (the test password). */
    private static void setUpDesignatedHospital(Path folder) {
        Workstation ws = UiTestSupport.workstation(folder);
        ws.setUp(new SiteProfile("210700-H", InstitutionType.DESIGNATED, "210702", "锦州市血友病定点医院"), UiTestSupport.ADMIN, "王管理",
                UiTestSupport.PASSWORD.toCharArray());
        LoginResult r = ws.login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray());
        try (Workspace w = ((LoginResult.Success) r).workspace()) {
            new Accounts(w).add(LAB, "王检验", Role.DESIGNATED_LAB, UiTestSupport.PASSWORD.toCharArray());
        }
    }
}
