package cn.screening.workstation.ui.certification;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.CertificationRow;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import cn.screening.workstation.ui.today.TodayController;
import cn.screening.workstation.ui.today.TodayKind;
import cn.screening.workstation.ui.today.TodayRow;
import cn.screening.workstation.ui.today.TodayViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The county doctor's 核对认定 page on a real county store: one row certified from the keyboard, one
 * refused (first without a reason: the message names the field and nothing is saved), each leaving
 * the waiting list; and 今日待办's two ledger lines, each opening the page.
 */
@Tag("slow")
class CertificationScreensTest extends FxRobot {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Workspace ws;
    private Services services;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private final List<Section> shown = new CopyOnWriteArrayList<>();
    private ScreenKit kit;
    private I18n i18n;
    private Stage stage;

    @BeforeEach
    void start() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        executor = Executors.newSingleThreadExecutor();
        i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        kit = Kits.kit(Tasks.background(executor, errors), Clock.system(ZONE), Kits.navigator(() -> { }, shown::add, id -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        ws.close();
    }

    @Test
    void certifyOneRefuseOneWithItsReasonAndBothLeaveTheWaitingList() throws Exception {
        UUID first = open(41, "LUNG_CANCER", "C34");
        UUID second = open(43, "LIVER_CANCER", "C22");
        showPage();
        TableView<CertificationRow> table = lookup("#table").query();
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(CertificationRow::id).containsExactly(first, second);
        assertThat(table.getItems().get(0).name()).isEqualTo("测**");
        assertThat(table.getItems().get(0).idNumber()).doesNotContain(person(41).idNumber().substring(6, 14));
        assertThat(text("#messageLabel")).isEqualTo("待核对 2 人");

        // the keyboard: the first row, Enter, another office typed, 民政 ticked, Alt+S saves
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#saveButton").tryQuery().isPresent());
        ScreenPictures.take(lookup("#saveButton").query().getScene(), "certify-dialog.png");
        assertThat(TextFit.cutOffOnFx("dialog", lookup("#saveButton").query().getScene().getRoot())).isEmpty();
        clickOn("#otherOfficesField").write("残联");
        // Alt+M goes to 民政 (as every check box's Alt key does here), Space ticks it
        press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        waitUntil(() -> lookup("#civilAffairsBox").query().isFocused());
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#civilAffairsBox").<javafx.scene.control.CheckBox>query().isSelected());
        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT); // 保存(S)
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(lookup("#saveButton").tryQuery()).isEmpty(); // the dialog closed
        CertificationRecord certified = stored(first);
        assertThat(certified.status()).isEqualTo(Certification.CERTIFIED);
        assertThat(certified.officesConsulted()).containsExactly("民政", "残联");
        assertThat(certified.by()).isEqualTo("李医生");
        assertThat(certified.on()).isEqualTo(LocalDate.now(ZONE));

        // 不予认定 without a reason: refused, the field named, nothing saved; with one: saved
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#certifyButton");
        waitUntil(() -> lookup("#refusedRadio").tryQuery().isPresent());
        clickOn("#refusedRadio");
        clickOn("#saveButton");
        waitUntil(() -> !text("#errorLabel").isEmpty());
        assertThat(text("#errorLabel")).isEqualTo("不予认定理由：不予认定须填写理由");
        assertThat(stored(second).status()).isEqualTo(Certification.PENDING);
        clickOn("#reasonArea").write("家庭已脱贫，不属于救治对象");
        clickOn("#saveButton");
        waitUntil(() -> table.getItems().isEmpty());
        CertificationRecord refused = stored(second);
        assertThat(refused.status()).isEqualTo(Certification.NOT_CERTIFIED);
        assertThat(refused.reason()).isEqualTo("家庭已脱贫，不属于救治对象");

        // the filter shows the decided rows
        ComboBox<Certification> filter = lookup("#filterBox").query();
        interact(() -> filter.setValue(Certification.NOT_CERTIFIED));
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id().equals(second));
        assertThat(text("#messageLabel")).isEqualTo("不予认定 1 人");
        ScreenPictures.take(stage, "certification-list.png");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void todaysWorkCountsTheWaitingRowsAndTheStaysWithoutCostsAndOpensTheList() throws Exception {
        open(45, "LUNG_CANCER", "C34");
        UUID treated = open(47, "LIVER_CANCER", "C22");
        services.ledger().saveAdmission(treated, new Admission(null, null, "义县人民医院", HospitalLevel.COUNTY, "210727",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), "ZY9", "化疗", true, null, null, null, null));
        stage = PageStage.show(i18n, TodayController.class, () -> new TodayController(new TodayViewModel(services.today(), kit)));
        TableView<TodayRow> table = lookup("#table").query();
        waitUntil(() -> table.getItems().size() == 2);
        TodayRow waiting = table.getItems().get(0);
        assertThat(waiting.kind()).isEqualTo(TodayKind.CERTIFICATION_WAITING);
        assertThat(waiting.what()).isEqualTo("核对认定待办");
        assertThat(waiting.detail()).isEqualTo("共 2 条，最早的已等 0 天");
        TodayRow noCosts = table.getItems().get(1);
        assertThat(noCosts.what()).isEqualTo("住院无费用");
        assertThat(noCosts.when()).isEqualTo("2026-03-09");
        assertThat(noCosts.detail()).startsWith("共 1 条，最早的已等 ");

        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        type(KeyCode.ENTER);
        doubleClickOn(lookup(".table-row-cell").nth(0).<javafx.scene.Node>query());
        waitUntil(() -> shown.size() == 2);
        assertThat(shown).containsExactly(Section.LEDGER, Section.CERTIFICATION);
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void inEnglishThePageAndTheDialogShowEveryTextWhole() throws Exception {
        UUID refused = open(49, "LUNG_CANCER", "C34");
        open(51, "LIVER_CANCER", "C22");
        services.ledger().certify(refused, Certification.NOT_CERTIFIED, "家庭已脱贫，经民政、扶贫部门核对不属于救治对象，已告知本人", List.of("民政", "扶贫"));
        i18n = new I18n(Locale.ENGLISH);
        kit = Kits.kit(Tasks.background(executor, errors), i18n, Clock.system(ZONE), Kits.nowhere(),
                cn.screening.workstation.ui.common.FileTargets.folder(dir));
        showPage();
        TableView<CertificationRow> table = lookup("#table").query();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(text("#messageLabel")).isEqualTo("1 waiting");
        assertThat(TextFit.cutOffOnFx("page", stage.getScene().getRoot())).isEmpty();
        ScreenPictures.take(stage, "certification-list-en.png");
        ComboBox<Certification> filter = lookup("#filterBox").query();
        interact(() -> filter.setValue(Certification.NOT_CERTIFIED));
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id().equals(refused));
        ScreenPictures.take(stage, "certification-refused-en.png");
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#saveButton").tryQuery().isPresent());
        // the verdict so far is filled in: 不予认定, its reason, the two offices
        assertThat(lookup("#refusedRadio").<javafx.scene.control.RadioButton>query().isSelected()).isTrue();
        assertThat(lookup("#povertyBox").<javafx.scene.control.CheckBox>query().isSelected()).isTrue();
        assertThat(TextFit.cutOffOnFx("dialog", lookup("#saveButton").query().getScene().getRoot())).isEmpty();
        ScreenPictures.take(lookup("#saveButton").query().getScene(), "certify-dialog-en.png");
        assertThat(errors.seen).isEmpty();
    }

    /** The page as the shell wires it, its dialog over this stage. */
    private void showPage() throws Exception {
        ScreenRegistry registry = new ScreenRegistry();
        Dialogs dialogs = new Dialogs(i18n, () -> stage);
        new CertificationScreens(kit, dialogs).register(registry, services);
        dialogs.loadFrom(new ViewLoader(i18n, registry.controllers()));
        stage = PageStage.show(i18n, CertificationsController.class,
                () -> (CertificationsController) registry.controllers().get(CertificationsController.class).get());
    }

    private UUID open(int seq, String disease, String icd10) {
        Patient p = person(seq);
        UUID id = ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
        return services.ledger().open(id, disease, icd10, "义县人民医院", LocalDate.of(2026, 2, 1)).id();
    }

    private static Patient person(int seq) {
        LocalDate birth = LocalDate.of(1960, 4, 1);
        Patient t = TestSites.patient("测试" + "甲乙丙丁".charAt(seq % 4), TestSites.yixianId(birth, seq), Sex.MALE, birth);
        return new Patient(UUID.nameUUIDFromBytes(t.idNumber().getBytes()), t.name(), t.idType(), t.idNumber(), t.sex(), t.birthDate(),
                t.ethnicityCode(), t.phone(), t.address(), null, t.povertyStatus(), t.insurance(), "210727-C", null);
    }

    private CertificationRecord stored(UUID rowId) {
        return services.ledger().find(rowId).map(LedgerEntry::certification).orElseThrow();
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
