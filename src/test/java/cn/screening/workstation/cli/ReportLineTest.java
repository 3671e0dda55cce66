package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.domain.report.ReportStatus;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.service.report.BuiltReport;
import cn.screening.workstation.service.report.ReportState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** `report list`'s line says what the city said: 已退回 with 退回原因, 已审核. */
class ReportLineTest {

    @Test
    void aReturnedReportPrintsItsStatusAndTheCitysReason() {
        ReportPeriod november = ReportPeriod.parse("2026-11").orElseThrow();
        ReportFigures none = new ReportFigures(List.of());
        MonthlyReport v1 = new MonthlyReport(MonthlyReport.idOf("210727", "2026-11"), "210727-C", "210727", "2026-11", "义县人民医院",
                List.of(new ReportVersion(1, ReportStatus.SUBMITTED, null, Instant.parse("2026-12-20T02:00:00Z"), LocalDate.of(2026, 12, 20),
                        "李医生", false, none)), null);
        BuiltReport live = new BuiltReport(november, "210727", "义县", "义县人民医院", none);
        MonthlyReport returned = v1.withReview(new ReportReview(1, ReviewVerdict.RETURNED, "表B不符", Instant.parse("2026-12-21T02:00:00Z")));
        assertThat(ReportCommand.line(new ReportState(Optional.of(returned), live, none, false)))
                .isEqualTo("period=2026-11 status=已退回 version=1 submitted=2026-12-20 按时 退回原因=表B不符");
        MonthlyReport approved = v1.withReview(new ReportReview(1, ReviewVerdict.APPROVED, null, Instant.parse("2026-12-21T02:00:00Z")));
        assertThat(ReportCommand.line(new ReportState(Optional.of(approved), live, none, false)))
                .isEqualTo("period=2026-11 status=已审核 version=1 submitted=2026-12-20 按时");
    }
}
