package cn.screening.workstation.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.report.Measure;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 月报表 view model without a toolkit, on a real county store: the month just ended by default,
 * reading saves nothing, the state line through submit and revise, a blank reason refused naming the
 * field, the rows behind a cell, and the cells' texts.
 */
class ReportViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Workspace ws;
    private Services services;
    private final RecordingErrors errors = new RecordingErrors();
    private ReportViewModel vm;
    private UUID row;

    @BeforeEach
    void start() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        LocalDate birth = LocalDate.of(1955, 3, 1);
        Patient t = TestSites.patient("报表甲", TestSites.yixianId(birth, 71), Sex.MALE, birth);
        Patient p = new Patient(UUID.randomUUID(), t.name(), t.idType(), t.idNumber(), t.sex(), t.birthDate(), t.ethnicityCode(),
                t.phone(), t.address(), null, t.povertyStatus(), t.insurance(), "210727-C", null);
        UUID patient = ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
        row = services.ledger().open(patient, "LUNG_CANCER", "C34", "义县人民医院", LocalDate.now(ZONE).minusDays(2)).id();
        services.ledger().certify(row, Certification.CERTIFIED, null, List.of("民政"));
        ScreenKit kit = Kits.kit(Tasks.direct(errors), Clock.system(ZONE), Kits.nowhere());
        vm = new ReportViewModel(services.monthlyReports(), services.ledger(), services.patientBrowser(), kit);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    @Test
    void readingSubmittingAndRevisingShowTheStateLine() {
        assertThat(vm.period().get()).isEqualTo(java.time.YearMonth.now(ZONE).minusMonths(1).toString());
        vm.period().set(java.time.YearMonth.now(ZONE).toString());
        vm.load();
        assertThat(vm.stateText().get()).startsWith("未建立");
        assertThat(vm.state().get().report()).isEmpty(); // reading saved nothing
        assertThat(vm.versions()).extracting(ReportViewModel.Shown::number).containsExactly(0);
        assertThat(vm.version().get().figures().table("A").figure("total", "certified").value()).isEqualTo(1);

        List<String> asked = new ArrayList<>();
        vm.submit(q -> {
            asked.add(q);
            return false;
        });
        assertThat(asked).singleElement().asString().contains(vm.period().get());
        assertThat(vm.state().get().report()).isEmpty(); // not confirmed: not submitted
        vm.submit(q -> true);
        assertThat(vm.stateText().get()).startsWith("已提交 第1版").contains("李医生").endsWith("按时");
        assertThat(vm.submitted().get()).isTrue();

        services.ledger().move(row, TreatmentStatus.DIED, LocalDate.now(ZONE), "死亡");
        vm.load();
        assertThat(vm.differs().get()).isTrue();
        vm.revise("   ");
        assertThat(vm.failed().get()).isTrue();
        assertThat(vm.message().get()).contains("修订原因").contains("须填写修订原因");
        assertThat(vm.state().get().report().orElseThrow().versions()).hasSize(1);

        vm.revise("补报死亡");
        assertThat(vm.failed().get()).isFalse();
        assertThat(vm.stateText().get()).startsWith("已提交 第2版").endsWith("修订原因：补报死亡");
        assertThat(vm.differs().get()).isFalse();
        assertThat(vm.versions()).extracting(ReportViewModel.Shown::number).containsExactly(1, 2, 0);
        assertThat(vm.version().get().number()).isEqualTo(2);

        List<LedgerRow> behind = new ArrayList<>();
        vm.rowsBehind("A", "LUNG_CANCER", "died", behind::addAll);
        assertThat(behind).extracting(LedgerRow::id).containsExactly(row);
        assertThat(behind.get(0).name()).isEqualTo("报**");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aMalformedPeriodIsSaidNamingTheField() {
        vm.period().set("2026-13");
        vm.load();
        assertThat(vm.failed().get()).isTrue();
        assertThat(vm.message().get()).startsWith("报告期").contains("2026-13");
        assertThat(vm.state().get()).isNull();
    }

    @Test
    void countsAreWholeAmountsYuanAndRatesPercentages() {
        assertThat(ReportTables.text(Measure.COUNT, new Figure(12, 0, null))).isEqualTo("12");
        assertThat(ReportTables.text(Measure.FEN, new Figure(123_450, 0, null))).isEqualTo("1,234.50");
        assertThat(ReportTables.text(Measure.RATE, new Figure(2, 3, null))).isEqualTo("66.67%");
        assertThat(ReportTables.text(Measure.RATE, new Figure(0, 0, null))).isEqualTo("—");
    }
}
