package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.report.ReportState;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations of 义县 submit November's report while offline; through the real server on
 * loopback the first one's report is the county's one report, the second's comes back as a
 * conflict on its versions, kept for the conflict screen, never as a second report. A report the
 * county's health bureau submits reaches the county hospital, whose revision reaches the bureau.
 */
@Tag("slow")
class MonthlyReportEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void twoWorkstationsSubmittingTheSamePeriodOfflineLeaveOneReportAndAConflict() {
        ReportPeriod november = ReportPeriod.parse("2026-11").orElseThrow();
        UUID id = MonthlyReport.idOf("210727", "2026-11");
        try (Province province = ReferralEndToEndTest.province(dir);
             Station first = Station.enrolledAsDoctor(dir.resolve("first"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station second = Station.enrolledAsDoctor(dir.resolve("second"), Province.YIXIAN, province, Role.COUNTY_DOCTOR)) {
            first.services.monthlyReports().submit(november);
            second.services.monthlyReports().submit(november);

            assertThat(first.sync().allClear()).isTrue();
            SyncReport clash = second.sync();
            assertThat(clash.failure()).isNull();
            assertThat(clash.conflicts()).as(clash.line()).isEqualTo(1);
            List<SyncConflict> open = second.services.syncConflicts().open();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.entityType()).isEqualTo(EntityTypes.MONTHLY_REPORT);
                assertThat(c.entityId()).isEqualTo(id);
                assertThat(c.field()).isEqualTo("versions");
            });

            // a third device of the county pulls exactly one report of the period: the first one's
            try (Station third = Station.enrolledAsDoctor(dir.resolve("third"), Province.YIXIAN, province, Role.COUNTY_DOCTOR)) {
                third.sync();
                List<MonthlyReport> held = third.ws.database().read(tx -> third.ws.reports().where(tx, "TRUE", "id"));
                MonthlyReport mine = first.ws.database().read(tx -> first.ws.reports().findById(tx, id)).orElseThrow();
                assertThat(held).singleElement().satisfies(r -> {
                    assertThat(r.id()).isEqualTo(id);
                    assertThat(r.versions()).isEqualTo(mine.versions());
                });
            }
        }
    }

    @Test
    void aReportTheBureauSubmitsReachesTheCountyHospitalWhichRevisesItForBoth() {
        ReportPeriod november = ReportPeriod.parse("2026-11").orElseThrow();
        UUID id = MonthlyReport.idOf("210727", "2026-11");
        try (Province province = ReferralEndToEndTest.province(dir)) {
            province.services.administration().addSite(BureauEndToEndTest.BUREAU.siteCode(), InstitutionType.BUREAU, "210727",
                    BureauEndToEndTest.BUREAU.name(), null);
            try (Station bureau = Station.enrolledAsDoctor(dir.resolve("bureau"), BureauEndToEndTest.BUREAU, province, Role.BUREAU_OFFICER);
                 Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), Province.YIXIAN, province, Role.COUNTY_DOCTOR)) {
                bureau.services.monthlyReports().submit(november);
                assertThat(bureau.sync().allClear()).isTrue();

                hospital.sync();
                ReportState seen = hospital.services.monthlyReports().state(november);
                assertThat(seen.statusText()).isEqualTo("已提交");
                assertThat(seen.report().orElseThrow().site()).isEqualTo(BureauEndToEndTest.BUREAU.siteCode());

                hospital.services.monthlyReports().revise(november, "补录11月出院病例");
                assertThat(hospital.sync().allClear()).isTrue();
                bureau.sync();
                MonthlyReport held = bureau.ws.database().read(tx -> bureau.ws.reports().findById(tx, id)).orElseThrow();
                assertThat(held.versions()).hasSize(2);
                assertThat(held.latest().reason()).isEqualTo("补录11月出院病例");
            }
        }
    }
}
