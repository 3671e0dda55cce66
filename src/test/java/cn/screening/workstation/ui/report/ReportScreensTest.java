package cn.screening.workstation.ui.report;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportStatus;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.shell.Dialogs;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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
 * The county doctor's 月报表 page on a real county store with three certified ledger rows and one
 * waiting: table A counts the certified (the waiting row is not a 救治对象), a double click on a figure
 * lists the masked rows behind it and opens a patient; 提交 freezes the figures, an edit of the ledger
 * then shows 与已报数据不一致, 修订 without a reason is refused naming the field and with one makes
 * version 2, which the version chooser reads beside version 1; the exports are written and audited.
 */
@Tag("slow")
class ReportScreensTest extends FxRobot {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.now(ZONE);

    @TempDir
    Path dir;
    private Workspace ws;
    private Services services;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private final List<PatientRecord> opened = new CopyOnWriteArrayList<>();
    private I18n i18n;
    private Stage stage;
    private UUID lungRow;

    @BeforeEach
    void start() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        executor = Executors.newSingleThreadExecutor();
        lungRow = open(61, "LUNG_CANCER", "C34");
        UUID second = open(63, "LUNG_CANCER", "C34.1");
        UUID liver = open(65, "LIVER_CANCER", "C22");
        open(67, "LIVER_CANCER", "C22"); // 待核对: not counted
        for (UUID row : List.of(lungRow, second, liver)) {
            services.ledger().certify(row, Certification.CERTIFIED, null, List.of("民政", "扶贫"));
        }
        // one stay settled this month: 12,345.67 yuan, of which 10,000.00 basic insurance
        LocalDate today = LocalDate.now(ZONE);
        services.ledger().saveAdmission(liver, new Admission(null, null, "义县人民医院", HospitalLevel.COUNTY, "210727",
                MONTH.atDay(1), today, "ZY61", "手术", false, null, null, TreatmentOutcome.IMPROVED,
                new Costs(1_234_567, Map.of(Payer.BASIC_INSURANCE, 1_000_000L), 0, 0, 234_567, true, false)));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        ws.close();
    }

    @Test
    void aFigureItsRowsSubmitTheLedgerChangedAndARevisionWithItsReason() throws Exception {
        showPage(Locale.SIMPLIFIED_CHINESE);
        ComboBox<String> period = lookup("#periodBox").query();
        assertThat(period.getValue()).isEqualTo(MONTH.minusMonths(1).toString()); // the month just ended
        interact(() -> period.setValue(MONTH.toString()));
        TableView<ReportLine> a = lookup("#tableA").query();
        waitUntil(() -> cell(a, "LUNG_CANCER", "certified").equals("2"));
        assertThat(cell(a, ReportLine.TOTAL, "certified")).isEqualTo("3");
        assertThat(cell(a, ReportLine.TOTAL, "totalCost")).isEqualTo("12,345.67");
        assertThat(cell(a, ReportLine.TOTAL, "paid.BASIC_INSURANCE")).isEqualTo("10,000.00");
        assertThat(cell(a, ReportLine.TOTAL, "outOfPocketShare")).isEqualTo("19.00%");
        assertThat(cell(a, "LIVER_CANCER", "outOfPocketShare")).isEqualTo("19.00%");
        assertThat(cell(a, "LUNG_CANCER", "outOfPocketShare")).isEqualTo("—");
        assertThat(text("#stateLabel")).startsWith("未建立");
        assertThat(lookup("#differsLabel").query().isVisible()).isFalse();
        assertThat(TextFit.cutOffOnFx("report", stage.getScene().getRoot())).isEmpty();

        // a double click on 肺癌 / 认定救治对象 lists its two rows, masked; Enter opens one's patient
        doubleClickOn(cellNode(a, "LUNG_CANCER", "certified"));
        waitUntil(() -> lookup("#rowsBehindTable").tryQuery().isPresent());
        TableView<LedgerRow> behind = lookup("#rowsBehindTable").query();
        assertThat(behind.getItems()).hasSize(2).allSatisfy(r -> assertThat(r.name()).contains("*"));
        assertThat(behind.getItems()).extracting(LedgerRow::id).contains(lungRow);
        ScreenPictures.take(behind.getScene(), "report-rows.png");
        interact(() -> {
            behind.requestFocus();
            behind.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0).patientId()).isEqualTo(behind.getItems().get(0).patientId());
        interact(() -> behind.getScene().getWindow().hide());

        // 提交, confirmed: 已提交 第1版
        clickOn("#submitButton");
        waitUntil(() -> lookup("#confirmSubmitButton").tryQuery().isPresent());
        clickOn("#confirmSubmitButton");
        waitUntil(() -> text("#stateLabel").startsWith("已提交 第1版"));
        assertThat(stored().latest().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(lookup("#submitButton").query().isDisabled()).isTrue();

        // the ledger changes after submission: a death recorded late
        services.ledger().move(lungRow, TreatmentStatus.DIED, LocalDate.now(ZONE), "死亡");
        clickOn("#showButton");
        waitUntil(() -> lookup("#differsLabel").query().isVisible());
        assertThat(text("#differsLabel")).startsWith("与已报数据不一致");
        assertThat(lookup("#differsLabel").query().getStyleClass()).contains("report-differs");
        assertThat(cell(a, ReportLine.TOTAL, "died")).isEqualTo("0"); // the frozen figures are shown
        ScreenPictures.take(stage, "report-differs.png");

        // 修订 without a reason: refused in Chinese, naming the field; nothing saved
        clickOn("#reviseButton");
        waitUntil(() -> lookup("#reviseOkButton").tryQuery().isPresent());
        clickOn("#reviseOkButton");
        waitUntil(() -> text("#messageLabel").contains("修订原因"));
        assertThat(lookup("#messageLabel").query().getStyleClass()).contains("message-error");
        assertThat(stored().versions()).hasSize(1);

        // with the reason: version 2, the ledger's figures now
        clickOn("#reviseButton");
        waitUntil(() -> lookup("#reasonField").tryQuery().isPresent());
        clickOn("#reasonField").write("补报死亡病例");
        clickOn("#reviseOkButton");
        waitUntil(() -> text("#stateLabel").startsWith("已提交 第2版"));
        assertThat(text("#stateLabel")).contains("补报死亡病例");
        assertThat(stored().versions()).hasSize(2);
        assertThat(stored().latest().reason()).isEqualTo("补报死亡病例");
        assertThat(lookup("#differsLabel").query().isVisible()).isFalse();
        waitUntil(() -> cell(a, ReportLine.TOTAL, "died").equals("1"));

        // version 1 stays readable
        ComboBox<ReportViewModel.Shown> versions = lookup("#versionBox").query();
        assertThat(versions.getItems()).extracting(ReportViewModel.Shown::number).containsExactly(1, 2, 0);
        interact(() -> versions.setValue(versions.getItems().get(0)));
        waitUntil(() -> cell(a, ReportLine.TOTAL, "died").equals("0"));

        // the exports: the files written, each audited
        clickOn("#xlsxButton");
        waitUntil(() -> text("#messageLabel").startsWith("已导出"));
        clickOn("#pdfButton");
        waitUntil(() -> text("#messageLabel").contains(".pdf"));
        Path xlsx = dir.resolve("月报表-" + MONTH + ".xlsx");
        Path pdf = dir.resolve("月报表-" + MONTH + ".pdf");
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        List<String> exports = ws.database().read(tx -> ws.audit().latest(tx, 50)).stream()
                .filter(e -> e.action() == AuditAction.EXPORT && "monthly_report".equals(e.entityType()))
                .map(e -> e.entityId()).toList();
        assertThat(exports).contains(xlsx.getFileName().toString(), pdf.getFileName().toString());
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void inEnglishThePageShowsEveryTextWholeAt1366x768() throws Exception {
        showPage(Locale.ENGLISH);
        ComboBox<String> period = lookup("#periodBox").query();
        interact(() -> period.setValue(MONTH.toString()));
        TableView<ReportLine> a = lookup("#tableA").query();
        waitUntil(() -> cell(a, ReportLine.TOTAL, "certified").equals("3"));
        assertThat(cell(a, ReportLine.TOTAL, a.getColumns().get(0))).isEqualTo("Total");
        assertThat(text("#stateLabel")).startsWith("Not started");
        assertThat(TextFit.cutOffOnFx("report", stage.getScene().getRoot())).isEmpty();
        ScreenPictures.take(stage, "report-en.png");
        // a malformed period is said, naming the field
        interact(() -> period.setValue("2026-13"));
        waitUntil(() -> !text("#messageLabel").isEmpty());
        assertThat(text("#messageLabel")).contains("2026-13");
        assertThat(errors.seen).isEmpty();
    }

    /** The page as the shell wires it, its dialog over this stage, exports into the test's folder. */
    private void showPage(Locale locale) throws Exception {
        i18n = new I18n(locale);
        ScreenKit kit = Kits.kit(Tasks.background(executor, errors), i18n, Clock.system(ZONE), Kits.nowhere(), FileTargets.folder(dir));
        Dialogs dialogs = new Dialogs(i18n, () -> stage);
        dialogs.loadFrom(new ViewLoader(i18n, Map.of()));
        stage = PageStage.show(i18n, ReportController.class, () -> new ReportController(
                new ReportViewModel(services.monthlyReports(), services.ledger(), services.patientBrowser(), kit), i18n, kit.files(),
                new RowsBehindDialog(dialogs)::show, (record, offer, action) -> opened.add(record)));
    }

    private cn.screening.workstation.domain.report.MonthlyReport stored() {
        return services.monthlyReports().state(new ReportPeriod(MONTH)).report().orElseThrow();
    }

    private UUID open(int seq, String disease, String icd10) {
        LocalDate birth = LocalDate.of(1958, 6, 1);
        Patient t = TestSites.patient("月报" + "甲乙丙丁".charAt(seq % 4), TestSites.yixianId(birth, seq), Sex.FEMALE, birth);
        Patient p = new Patient(UUID.nameUUIDFromBytes(t.idNumber().getBytes()), t.name(), t.idType(), t.idNumber(), t.sex(),
                t.birthDate(), t.ethnicityCode(), t.phone(), t.address(), null, t.povertyStatus(), t.insurance(), "210727-C", null);
        UUID id = ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
        return services.ledger().open(id, disease, icd10, "义县人民医院", LocalDate.now(ZONE).minusDays(3)).id();
    }

    /** The text a cell of a line (by key) and column (by figure key) shows. */
    private static String cell(TableView<ReportLine> table, String line, String column) {
        return onFx(() -> table.getColumns().stream().filter(x -> column.equals(ReportTables.columnKey(x))).findFirst()
                .map(c -> cell(table, line, c)).orElse(""));
    }

    /** Read on the FX thread, which fills the tables; "" while the line is not there. */
    private static String cell(TableView<ReportLine> table, String line, TableColumn<ReportLine, ?> c) {
        return onFx(() -> table.getItems().stream().filter(x -> x.key().equals(line)).findFirst()
                .map(l -> String.valueOf(c.getCellData(l))).orElse(""));
    }

    private static String onFx(java.util.concurrent.Callable<String> read) {
        try {
            return javafx.application.Platform.isFxApplicationThread() ? read.call()
                    : org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Node cellNode(TableView<ReportLine> table, String line, String column) {
        int row = table.getItems().indexOf(table.getItems().stream().filter(x -> x.key().equals(line)).findFirst().orElseThrow());
        TableColumn<ReportLine, ?> c = table.getColumns().stream().filter(x -> column.equals(ReportTables.columnKey(x))).findFirst()
                .orElseThrow();
        interact(() -> table.scrollTo(row));
        return lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> tc && tc.getTableColumn() == c
                && tc.getIndex() == row && tc.getTableView() == table).query();
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
