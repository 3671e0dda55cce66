package cn.screening.workstation.ui.ledger;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.AppConfig;
import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.service.ledger.Ledger;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.UiTestSupport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The county doctor of 义县's county hospital, the whole window at 1366×768: 救治台账 lists three
 * rows, each filter narrows them, Enter opens the patient whose record offers the admission form;
 * the form adds the costs up as they are typed, refuses a one-fen difference and saves an exact sum
 * (the row is then 正在救治 in the store), and asks for the 转市级 papers at a city hospital.
 */
@Tag("slow")
class LedgerScreensTest extends FxRobot {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate ADMITTED = LocalDate.now(ZONE).minusDays(20);

    @TempDir
    Path folder;
    private Application app;
    private UUID lungRow;
    private UUID liverRow;
    private String otherTownship;
    private TableView<LedgerRow> table;

    @BeforeEach
    void start() throws Exception {
        var station = TestSites.countyHospital(folder);
        try (Workspace ws = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Ledger ledger = TestSites.services(ws).ledger();
            Division second = TestSites.rules().divisions().children("210727").stream()
                    .filter(d -> !d.code().equals(UiTestSupport.TOWNSHIP)).findFirst().orElseThrow();
            otherTownship = second.name();
            UUID zhang = register(ws, "张小红", 21, UiTestSupport.TOWNSHIP);
            UUID wang = register(ws, "王大山", 23, second.code());
            lungRow = ledger.open(zhang, "LUNG_CANCER", "C34.1", "义县人民医院", ADMITTED.minusDays(30)).id();
            liverRow = ledger.open(wang, "LIVER_CANCER", "C22", "义县人民医院", ADMITTED.minusDays(30)).id();
            ledger.saveAdmission(liverRow, new Admission(null, null, "义县中医院", HospitalLevel.COUNTY, "210727", ADMITTED, null,
                    "ZY9", "介入", false, null, null, null, null));
            UUID li = register(ws, "李四", 25, UiTestSupport.TOWNSHIP);
            ledger.open(li, "LIVER_CANCER", "C22", null, ADMITTED.minusDays(30));
        }
    }

    /** The window in {@code language}, logged in as the county doctor, on 救治台账. */
    private void login(String language) throws Exception {
        AppConfig base = UiTestSupport.config(folder);
        AppConfig config = new AppConfig(folder, language, base.lockout(), base.storeOptions(), base.clock());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(config));
        waitUntil(() -> present("#loginButton"));
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH);
            stage.setHeight(ScreenPictures.HEIGHT);
        });
        clickOn("#usernameField").write("doctor");
        clickOn("#passwordField").write(TestSites.DOCTOR_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
        // Alt+1 reaches 救治台账 (every letter is an Alt key of some page already), Space opens it
        press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitUntil(() -> lookup("#ledgerButton").query().isFocused());
        type(KeyCode.SPACE);
        waitUntil(() -> present("#diseaseFilter") && lookup("#table").<TableView<LedgerRow>>query().getItems().size() == 3);
        table = lookup("#table").query();
    }

    private static UUID register(Workspace ws, String name, int seq, String township) {
        LocalDate birth = LocalDate.of(1962, 5, 1);
        Patient p = TestSites.patient(name, TestSites.yixianId(birth, seq), seq % 2 == 1 ? Sex.MALE : Sex.FEMALE, birth);
        Patient stored = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                p.ethnicityCode(), p.phone(), new Address(township, null, "某村", null), null, PovertyStatus.REGISTERED_POOR,
                p.insurance(), "210727-C", null);
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, stored).id());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theFiltersNarrowTheListAndEnterOpensThePatientWithTheAdmissionForm() throws Exception {
        login("zh");
        assertThat(table.getItems()).extracting(LedgerRow::name).containsExactlyInAnyOrder("张**", "王**", "李*");
        assertThat(table.getItems()).extracting(LedgerRow::disease).containsOnly("肺癌", "肝癌");
        assertThat(lookup(".table-cell").queryAll()).noneMatch(c -> c instanceof Labeled l && "张小红".equals(l.getText()));
        assertThat(TextFit.cutOffOnFx("ledger", table.getScene().getRoot())).isEmpty();
        ScreenPictures.take(table.getScene(), "ledger.png");

        ComboBox<Disease> disease = lookup("#diseaseFilter").query();
        waitUntil(() -> disease.getItems().stream().anyMatch(d -> d != null && d.code().equals("LUNG_CANCER")));
        interact(() -> disease.setValue(disease.getItems().stream().filter(d -> d != null && d.code().equals("LIVER_CANCER"))
                .findFirst().orElseThrow()));
        waitUntil(() -> names().equals(List.of("王**", "李*")) || names().equals(List.of("李*", "王**")));
        choose("#statusFilter", TreatmentStatus.TREATING);
        waitUntil(() -> names().equals(List.of("王**")));
        LedgerRow treated = table.getItems().get(0);
        assertThat(treated.hospital()).isEqualTo("义县中医院");
        assertThat(treated.lastAdmittedOn()).isEqualTo(ADMITTED);
        assertThat(treated.township()).isEqualTo(otherTownship);
        clickOn("#clearButton");
        waitUntil(() -> table.getItems().size() == 3);

        ComboBox<String> hospital = lookup("#hospitalFilter").query();
        waitUntil(() -> hospital.getItems().contains("义县中医院"));
        interact(() -> hospital.setValue("义县中医院"));
        waitUntil(() -> names().equals(List.of("王**")));
        clickOn("#clearButton");
        waitUntil(() -> table.getItems().size() == 3);
        ComboBox<Division> township = lookup("#townshipFilter").query();
        waitUntil(() -> township.getItems().stream().anyMatch(d -> d != null && d.name().equals(otherTownship)));
        interact(() -> township.setValue(township.getItems().stream().filter(d -> d != null && d.name().equals(otherTownship))
                .findFirst().orElseThrow()));
        waitUntil(() -> names().equals(List.of("王**")));
        choose("#certificationFilter", Certification.CERTIFIED);
        waitUntil(() -> table.getItems().isEmpty());
        choose("#certificationFilter", Certification.PENDING);
        waitUntil(() -> names().equals(List.of("王**")));
        clickOn("#clearButton");
        waitUntil(() -> table.getItems().size() == 3);

        // Enter on a row opens the patient (as the 患者 list does), whose record offers the admission form
        interact(() -> table.getSelectionModel().select(row(lungRow)));
        interact(table::requestFocus);
        type(KeyCode.ENTER);
        waitUntil(() -> present("#offerButton") && lookup("#offerButton").<Labeled>query().isVisible());
        assertThat(lookup("#idNumberLabel").<Labeled>query().getText()).contains("********");
        clickOn("#offerButton");
        waitUntil(() -> present("#totalField"));
        assertThat(present("#offerButton")).isFalse();
        assertThat(lookup("#headingLabel").<Labeled>query().getText()).contains("张**").contains("肺癌").contains("待救治");
    }

    @Test
    void theCostsAddUpAsTypedAOneFenDifferenceIsRefusedAndAnExactSumSaves() throws Exception {
        login("zh");
        openAdmission(lungRow);
        hospital("义县人民医院");
        interact(() -> lookup("#admittedPicker").<DatePicker>query().setValue(ADMITTED));
        assertThat(sum()).isEqualTo("各项之和 0.00 元（未填总费用）");
        clickOn("#totalField").write("1234.50");
        assertThat(sum()).isEqualTo("各项之和 0.00 元，差 1,234.50 元");
        clickOn("#basicField").write("1000");
        assertThat(sum()).isEqualTo("各项之和 1,000.00 元，差 234.50 元");
        clickOn("#ownField").write("234.49");
        assertThat(sum()).isEqualTo("各项之和 1,234.49 元，差 0.01 元");
        assertThat(lookup("#sumLabel").query().getStyleClass()).contains("message-error");
        assertThat(TextFit.cutOffOnFx("admission", lookup("#totalField").query().getScene().getRoot())).isEmpty();

        // one fen off: the ledger's rule refuses it with its sentence, naming 总费用; nothing saved
        clickOn("#saveButton");
        waitUntil(() -> !error().isEmpty());
        assertThat(error()).contains("总费用：费用合计与各项报销及自付之和不符（总费用1234.50元，各项之和1234.49元）");

        // a third decimal or a negative amount is refused by the form, naming the field
        clickOn("#otherField").write("0.005");
        assertThat(sum()).isEqualTo("有金额无法识别，无法合计");
        clickOn("#saveButton");
        waitUntil(() -> error().contains("其他：“0.005”超过两位小数"));
        interact(() -> lookup("#otherField").<TextField>query().setText("-1"));
        clickOn("#saveButton");
        waitUntil(() -> error().contains("其他：金额不能为负数"));
        interact(() -> lookup("#otherField").<TextField>query().setText(""));
        assertThat(row(lungRow).status()).isEqualTo(TreatmentStatus.WAITING);

        interact(() -> lookup("#ownField").<TextField>query().setText("234.5"));
        assertThat(sum()).isEqualTo("各项之和 1,234.50 元，与总费用相符");
        assertThat(lookup("#sumLabel").query().getStyleClass()).contains("message-ok");
        ScreenPictures.take(lookup("#totalField").query().getScene(), "admission.png");
        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> text("#savedLabel").contains("已保存"));
        assertThat(error()).isEmpty();
        assertThat(text("#savedLabel")).contains("正在救治");
        // the list behind the form reads again
        waitUntil(() -> row(lungRow).status() == TreatmentStatus.TREATING && row(lungRow).totalFen() == 123_450);
        clickOn("#closeAdmissionButton");

        LedgerEntry e = storedAfterClosing(lungRow);
        assertThat(e.status()).isEqualTo(TreatmentStatus.TREATING);
        // the refused saves left nothing: one admission, one move
        assertThat(e.admissions()).hasSize(1);
        assertThat(e.history()).extracting(h -> h.to()).containsExactly(TreatmentStatus.WAITING, TreatmentStatus.TREATING);
        assertThat(e.admissions().get(0).costs().totalFen()).isEqualTo(123_450);
        assertThat(e.admissions().get(0).costs().outOfPocketFen()).isEqualTo(23_450);
        assertThat(e.admissions().get(0).hospitalName()).isEqualTo("义县人民医院");
    }

    @Test
    void aCityHospitalNeedsTheTransferPapers() throws Exception {
        login("zh");
        openAdmission(lungRow);
        assertThat(lookup("#transferBlock").query().isVisible()).isFalse();
        hospital("锦州市中心医院");
        assertThat(lookup("#transferBlock").query().isVisible()).isTrue();
        interact(() -> lookup("#admittedPicker").<DatePicker>query().setValue(ADMITTED));
        clickOn("#saveButton");
        waitUntil(() -> !error().isEmpty());
        assertThat(error()).contains("会诊日期：转市级须有市级专家组会诊").contains("会诊专家：")
                .contains("转诊证明编号：转市级须有县级定点医院出具的转诊证明").contains("转诊证明出具医院：");
        assertThat(TextFit.cutOffOnFx("admission-city", lookup("#totalField").query().getScene().getRoot())).isEmpty();
        ScreenPictures.take(lookup("#totalField").query().getScene(), "admission-city.png");

        interact(() -> lookup("#consultationPicker").<DatePicker>query().setValue(ADMITTED.minusDays(2)));
        clickOn("#expertsField").write("赵专家、钱专家");
        clickOn("#certificateNoField").write("YX-2026-001");
        clickOn("#issuingHospitalField").write("义县人民医院");
        interact(() -> lookup("#outcomeBox").<ComboBox<TreatmentOutcome>>query().setValue(TreatmentOutcome.IMPROVED));
        clickOn("#saveButton");
        waitUntil(() -> text("#savedLabel").contains("已保存"));
        clickOn("#closeAdmissionButton");

        Admission a = storedAfterClosing(lungRow).admissions().get(0);
        assertThat(a.level()).isEqualTo(HospitalLevel.CITY);
        assertThat(a.costs()).isNull();
        assertThat(a.transfer().experts()).containsExactly("赵专家", "钱专家");
        assertThat(a.transfer().certificateNo()).isEqualTo("YX-2026-001");
        assertThat(a.transfer().consultationDate()).isEqualTo(ADMITTED.minusDays(2));
        assertThat(a.outcome()).isEqualTo(TreatmentOutcome.IMPROVED);
    }

    @Test
    void bothScreensFitInEnglish() throws Exception {
        login("en");
        // the catalogue's English names, in the rows and in the filter
        assertThat(table.getItems()).extracting(LedgerRow::disease).containsOnly("Lung cancer", "Liver cancer");
        assertThat(lookup("#diseaseFilter").<ComboBox<Disease>>query().getConverter().toString(
                TestSites.rules().diseases().find("LUNG_CANCER").orElseThrow())).isEqualTo("Lung cancer");
        assertThat(TextFit.cutOffOnFx("ledger-en", table.getScene().getRoot())).isEmpty();
        ScreenPictures.take(table.getScene(), "ledger-en.png");
        openAdmission(liverRow);
        // the stay without costs is picked for completing
        waitUntil(() -> lookup("#stayBox").<ComboBox<Admission>>query().getValue() != null);
        assertThat(lookup("#inpatientNoField").<TextField>query().getText()).isEqualTo("ZY9");
        hospital("锦州市中心医院");
        clickOn("#totalField").write("100");
        clickOn("#ownField").write("99.99");
        assertThat(sum()).isEqualTo("Parts 99.99 yuan, 0.01 yuan off the total");
        clickOn("#saveButton");
        waitUntil(() -> !error().isEmpty());
        assertThat(error()).contains("Consultation date:");
        assertThat(TextFit.cutOffOnFx("admission-en", lookup("#totalField").query().getScene().getRoot())).isEmpty();
        ScreenPictures.take(lookup("#totalField").query().getScene(), "admission-en.png");
    }

    private void openAdmission(UUID rowId) {
        interact(() -> table.getSelectionModel().select(row(rowId)));
        clickOn("#admissionButton");
        waitUntil(() -> present("#totalField") && !lookup("#hospitalBox").<ComboBox<HospitalChoice>>query().getItems().isEmpty());
    }

    private void hospital(String name) {
        ComboBox<HospitalChoice> box = lookup("#hospitalBox").query();
        interact(() -> box.setValue(box.getItems().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow()));
    }

    private <E> void choose(String query, E value) {
        ComboBox<E> box = lookup(query).query();
        interact(() -> box.setValue(value));
    }

    private LedgerRow row(UUID id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return table.getItems().stream().map(LedgerRow::name).toList();
    }

    private String sum() {
        return text("#sumLabel");
    }

    private String error() {
        return text("#errorLabel");
    }

    private String text(String query) {
        return Objects.toString(lookup(query).<Labeled>query().getText(), "");
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().isPresent();
    }

    /** The row as stored, read once the window has closed the store. */
    private LedgerEntry storedAfterClosing(UUID id) throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace ws = TestSites.login(TestSites.workstation(folder), "doctor", TestSites.DOCTOR_PASSWORD)) {
            return TestSites.services(ws).ledger().find(id).orElseThrow();
        }
    }
}
