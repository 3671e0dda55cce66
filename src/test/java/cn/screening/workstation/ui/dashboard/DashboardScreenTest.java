package cn.screening.workstation.ui.dashboard;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import java.awt.image.BufferedImage;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The 统计看板 on a real county store: two certified rows this month, one waiting (肺癌) and one
 * admitted with its costs (肝癌, ¥1,000.00 of which ¥250.00 own share). The charts carry those points,
 * a chart saved as PNG is a real picture of its size, and an earlier end month shows nobody yet.
 */
@Tag("slow")
class DashboardScreenTest extends FxRobot {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Workspace ws;
    private Services services;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private Stage stage;

    @BeforeEach
    void start() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        executor = Executors.newSingleThreadExecutor();
        LocalDate today = LocalDate.now(ZONE);
        UUID waiting = open(41, "LUNG_CANCER", "C34");
        UUID treated = open(43, "LIVER_CANCER", "C22");
        services.ledger().certify(waiting, Certification.CERTIFIED, null, List.of());
        services.ledger().certify(treated, Certification.CERTIFIED, null, List.of());
        services.ledger().saveAdmission(treated, new Admission(null, null, "义县人民医院", HospitalLevel.COUNTY, "210727", today, today,
                "ZY1", "手术", true, null, null, null,
                new Costs(100_000, Map.of(Payer.BASIC_INSURANCE, 75_000L), 0, 0, 25_000, false, false)));
    }

    @AfterEach
    void stop() throws Exception {
        // the primary stage outlives this class: the next window test gets it back at the full size
        if (stage != null) {
            interact(() -> {
                stage.setWidth(ScreenPictures.WIDTH);
                stage.setHeight(ScreenPictures.HEIGHT);
            });
        }
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        ws.close();
    }

    @Test
    void theChartsCarryTheLedgersFiguresAndAChartIsSavedAsPng() throws Exception {
        show(new I18n(Locale.SIMPLIFIED_CHINESE));
        XYChart<String, Number> status = lookup("#statusChart").query();
        waitUntil(() -> status.getData().size() == 6);
        String month = YearMonth.now(ZONE).toString();
        String thisMonth = Dashboard.monthLabel(YearMonth.now(ZONE));
        String lastMonth = Dashboard.monthLabel(YearMonth.now(ZONE).minusMonths(1));
        // twelve months on the axis, the two rows only in this one: 待救治 1, 正在救治 1
        assertThat(status.getData()).extracting(XYChart.Series::getName)
                .containsExactly("待救治", "正在救治", "已救治", "转为慢病管理", "死亡", "失访");
        assertThat(status.getData().get(0).getData()).hasSize(12);
        assertThat(point(status, "待救治", thisMonth)).isEqualTo(1.0);
        assertThat(point(status, "正在救治", thisMonth)).isEqualTo(1.0);
        assertThat(point(status, "已救治", thisMonth)).isEqualTo(0.0);
        assertThat(point(status, "待救治", lastMonth)).isEqualTo(0.0);

        XYChart<String, Number> rates = lookup("#ratesChart").query();
        assertThat(rates.getTitle()).isEqualTo("救治率与自付比例（按病种，" + month + "）");
        assertThat(point(rates, "救治率", "肝癌")).isEqualTo(100.0);
        assertThat(point(rates, "救治率", "肺癌")).isEqualTo(0.0);
        assertThat(point(rates, "自付比例", "肝癌")).isEqualTo(25.0);
        assertThat(rates.getData().get(1).getData()).extracting(XYChart.Data::getXValue).containsExactly("肝癌"); // 肺癌 had no stay

        XYChart<String, Number> turnaround = lookup("#turnaroundChart").query();
        assertThat(turnaround.getTitle()).isEqualTo("标本周转时间（采血至接收）：暂无数据");
        assertThat(turnaround.getData()).allMatch(s -> s.getData().isEmpty());
        ScreenPictures.take(stage, "dashboard.png");

        clickOn("#saveStatusButton");
        Path png = dir.resolve("救治对象状态-" + month + ".png");
        waitUntil(() -> text("#messageLabel").startsWith("已保存图表"));
        assertThat(text("#messageLabel")).isEqualTo("已保存图表：救治对象状态-" + month + ".png");
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture).isNotNull();
        assertThat((double) picture.getWidth()).isCloseTo(status.getWidth(), org.assertj.core.data.Offset.offset(1.0));
        assertThat((double) picture.getHeight()).isCloseTo(status.getHeight(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(Files.size(png)).isGreaterThan(1000);

        // an end month before the rows: nobody counted in any month
        ComboBox<YearMonth> end = lookup("#endBox").query();
        interact(() -> end.setValue(YearMonth.now(ZONE).minusMonths(1)));
        waitUntil(() -> point(status, "待救治", lastMonth) != null
                && status.getData().get(0).getData().stream().noneMatch(d -> d.getXValue().equals(thisMonth)));
        assertThat(status.getData()).allMatch(s -> s.getData().stream().allMatch(d -> d.getYValue().doubleValue() == 0));
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void inEnglishEveryTextShowsWholeAt1366x768() throws Exception {
        show(new I18n(Locale.ENGLISH));
        XYChart<String, Number> status = lookup("#statusChart").query();
        waitUntil(() -> status.getData().size() == 6);
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH - 170);
            stage.setHeight(ScreenPictures.HEIGHT - 90);
        });
        assertThat(status.getData()).extracting(XYChart.Series::getName).startsWith("Waiting", "In treatment");
        XYChart<String, Number> rates = lookup("#ratesChart").query();
        assertThat(rates.getData().get(1).getData()).extracting(XYChart.Data::getXValue).containsExactly("Liver cancer");
        assertThat(TextFit.cutOffOnFx("page", stage.getScene().getRoot())).isEmpty();
        ScreenPictures.take(stage, "dashboard-en.png");
        assertThat(errors.seen).isEmpty();
    }

    private void show(I18n i18n) throws Exception {
        // the page's services speak the window's language, as the running app's do
        Services services = new Services(ws, TestSites.rules(), new Texts(i18n.locale()), ZONE);
        ScreenKit kit = Kits.kit(Tasks.background(executor, errors), i18n, Clock.system(ZONE), Kits.nowhere(), FileTargets.folder(dir));
        ScreenRegistry registry = new ScreenRegistry();
        DashboardScreens.register(registry, kit, services);
        stage = PageStage.show(i18n, DashboardController.class,
                () -> (DashboardController) registry.controllers().get(DashboardController.class).get());
    }

    /** The value of a series at a category, or null when the chart has no such point. */
    private static Double point(XYChart<String, Number> chart, String series, String category) {
        return chart.getData().stream().filter(s -> s.getName().equals(series)).flatMap(s -> s.getData().stream())
                .filter(d -> d.getXValue().equals(category)).map(d -> d.getYValue().doubleValue()).findFirst().orElse(null);
    }

    private UUID open(int seq, String disease, String icd10) {
        LocalDate birth = LocalDate.of(1960, 4, 1);
        Patient t = TestSites.patient("测试" + "甲乙丙丁".charAt(seq % 4), TestSites.yixianId(birth, seq), Sex.MALE, birth);
        Patient p = new Patient(UUID.nameUUIDFromBytes(t.idNumber().getBytes()), t.name(), t.idType(), t.idNumber(), t.sex(),
                t.birthDate(), t.ethnicityCode(), t.phone(), t.address(), null, t.povertyStatus(), t.insurance(), "210727-C", null);
        UUID id = ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
        return services.ledger().open(id, disease, icd10, "义县人民医院", LocalDate.now(ZONE)).id();
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
