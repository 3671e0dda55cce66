package cn.screening.workstation.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportColumns;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportStatus;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 草稿 → 已提交 (frozen) → the ledger edited → 与已报数据不一致 → 修订 as version 2 with its reason, on
 * the sample ledger of 义县; 逾期 judged on the county's calendar day at the 25th boundary.
 */
class MonthlyReportLifeCycleTest {

    static final ReportPeriod NOVEMBER = ReportPeriod.parse("2026-11").orElseThrow();

    @TempDir
    Path dir;
    ReportFixture f;
    MonthlyReports reports;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
        reports = f.services.monthlyReports();
    }

    @AfterEach
    void close() {
        f.close();
    }

    void at(String instant) {
        Instant target = Instant.parse(instant);
        f.clock.advance(Duration.between(f.clock.instant(), target));
    }

    @Test
    void submittedFiguresStayFrozenWhenTheLedgerChangesUntilARevisionWithItsReason() {
        at("2026-12-25T15:00:00Z"); // 23:00 on the 25th in Beijing: the last on-time hour
        ReportState draft = reports.monthly(NOVEMBER);
        assertThat(draft.statusText()).isEqualTo("草稿");
        assertThat(new ReportState(java.util.Optional.empty(), draft.live(), draft.shown(), false).statusText()).isEqualTo("未建立");
        assertThat(draft.report().orElseThrow().id()).isEqualTo(MonthlyReport.idOf("210727", "2026-11"));

        ReportState submitted = reports.submit(NOVEMBER);
        ReportVersion v1 = submitted.report().orElseThrow().latest();
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(v1.submittedOn()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(v1.late()).isFalse();
        assertThat(submitted.differsFromLedger()).isFalse();
        long died = submitted.shown().table("A").figure("total", ReportColumns.DIED).value();

        // a treated patient's death in November, recorded after the report went out
        UUID row = submitted.live().figures().rowsBehind("A", "total", ReportColumns.TREATED).get(0);
        f.services.ledger().move(row, TreatmentStatus.DIED, LocalDate.of(2026, 11, 25), "11月25日死亡");

        ReportState after = reports.state(NOVEMBER);
        assertThat(after.differsFromLedger()).isTrue();
        assertThat(after.shown().table("A").figure("total", ReportColumns.DIED).value()).isEqualTo(died);
        assertThat(after.live().figures().table("A").figure("total", ReportColumns.DIED).value()).isEqualTo(died + 1);
        assertThat(after.report().orElseThrow().latest()).isEqualTo(v1);
        assertThat(reports.monthly(NOVEMBER).report().orElseThrow().latest()).isEqualTo(v1); // a build leaves it frozen
        assertThatThrownBy(() -> reports.submit(NOVEMBER)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report.already_submitted"));
        assertThatThrownBy(() -> reports.revise(NOVEMBER, "  ")).isInstanceOf(InvalidInput.class);

        at("2026-12-25T16:30:00Z"); // 00:30 on the 26th in Beijing
        ReportState revised = reports.revise(NOVEMBER, "补报11月死亡病例");
        MonthlyReport r = revised.report().orElseThrow();
        assertThat(r.versions()).hasSize(2);
        assertThat(r.versions().get(0)).isEqualTo(v1);
        ReportVersion v2 = r.latest();
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.reason()).isEqualTo("补报11月死亡病例");
        assertThat(v2.late()).isTrue();
        assertThat(revised.differsFromLedger()).isFalse();
        assertThat(revised.shown().table("A").figure("total", ReportColumns.DIED).value()).isEqualTo(died + 1);
        assertThat(reports.list()).hasSize(1).first().satisfies(s -> assertThat(s.report().orElseThrow().latest().number()).isEqualTo(2));
    }

    @Test
    void aReportFirstSubmittedOnTheTwentySixthIsLate() {
        at("2026-12-25T16:00:00Z"); // 00:00 on the 26th in Beijing
        assertThat(reports.submit(NOVEMBER).report().orElseThrow().latest().late()).isTrue();
    }

    @Test
    void aDesignatedHospitalMakesNoReport(@TempDir Path other) {
        var w = TestSites.workstation(other.resolve("store"));
        w.setUp(new SiteProfile("210000-D", InstitutionType.DESIGNATED, "210102", "省血友病定点医院"), "admin", "管理员",
                TestSites.ADMIN_PASSWORD.toCharArray());
        try (var admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("ward", "王医生", Role.DESIGNATED_PHYSICIAN, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
        try (var ward = TestSites.login(w, "ward", TestSites.DOCTOR_PASSWORD)) {
            assertThatThrownBy(() -> TestSites.services(ward).monthlyReports().submit(NOVEMBER))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("report.county_only"));
        }
    }

    @Test
    void aMalformedPeriodIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ReportBuilder.period("2026-13")).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("report.period.invalid");
            assertThat(new Texts(Locale.SIMPLIFIED_CHINESE).get(e.messageKey(), e.args().toArray())).startsWith("报告期").contains("2026-13");
        });
    }
}
