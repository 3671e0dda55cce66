package cn.screening.workstation.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A county's standing in the city's roll: 未报 until the 25th, 逾期 from the 26th, then 已提交 and the city's verdict on the last version. */
class ReportStandingTest {

    static final ReportPeriod NOVEMBER = ReportPeriod.parse("2026-11").orElseThrow();
    static final ReportFigures NONE = new ReportFigures(List.of());

    static ReportVersion submitted(int n, LocalDate on) {
        return new ReportVersion(n, ReportStatus.SUBMITTED, n > 1 ? "补录" : null, Instant.parse(on + "T02:00:00Z"), on, "李医生",
                NOVEMBER.lateOn(on), NONE);
    }

    static MonthlyReport report(ReportVersion... versions) {
        return new MonthlyReport(MonthlyReport.idOf("210727", "2026-11"), "210727-C", "210727", "2026-11", "义县人民医院",
                List.of(versions), null);
    }

    @Test
    void nothingSubmittedIsNotReportedUntilTheTwentyFifthAndOverdueAfter() {
        assertThat(ReportStanding.of(Optional.empty(), NOVEMBER, LocalDate.of(2026, 12, 25))).isEqualTo(ReportStanding.NOT_REPORTED);
        assertThat(ReportStanding.of(Optional.empty(), NOVEMBER, LocalDate.of(2026, 12, 26))).isEqualTo(ReportStanding.OVERDUE);
        MonthlyReport draft = report(new ReportVersion(1, ReportStatus.DRAFT, null, null, null, null, false, NONE));
        assertThat(ReportStanding.of(Optional.of(draft), NOVEMBER, LocalDate.of(2026, 12, 26))).isEqualTo(ReportStanding.OVERDUE);
        assertThat(ReportStanding.onTime(Optional.of(draft))).isFalse();
    }

    @Test
    void theCitysVerdictCountsForTheLastVersionOnlyAndOnTimeForTheFirst() {
        MonthlyReport v1 = report(submitted(1, LocalDate.of(2026, 12, 25)));
        assertThat(ReportStanding.of(Optional.of(v1), NOVEMBER, LocalDate.of(2027, 1, 5))).isEqualTo(ReportStanding.SUBMITTED);
        assertThat(ReportStanding.onTime(Optional.of(v1))).isTrue();

        MonthlyReport returned = v1.withReview(new ReportReview(1, ReviewVerdict.RETURNED, "表B不符", Instant.parse("2026-12-27T02:00:00Z")));
        assertThat(ReportStanding.of(Optional.of(returned), NOVEMBER, LocalDate.of(2027, 1, 5))).isEqualTo(ReportStanding.RETURNED);

        MonthlyReport revised = returned.withVersion(submitted(2, LocalDate.of(2026, 12, 28)));
        assertThat(ReportStanding.of(Optional.of(revised), NOVEMBER, LocalDate.of(2027, 1, 5))).isEqualTo(ReportStanding.SUBMITTED);
        assertThat(ReportStanding.onTime(Optional.of(revised))).isTrue(); // a late revision does not make the report late
        MonthlyReport approved = revised.withReview(new ReportReview(2, ReviewVerdict.APPROVED, null, Instant.parse("2026-12-29T02:00:00Z")));
        assertThat(ReportStanding.of(Optional.of(approved), NOVEMBER, LocalDate.of(2027, 1, 5))).isEqualTo(ReportStanding.APPROVED);

        assertThat(ReportStanding.onTime(Optional.of(report(submitted(1, LocalDate.of(2026, 12, 26)))))).isFalse();
    }
}
