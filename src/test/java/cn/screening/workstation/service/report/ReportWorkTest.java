package cn.screening.workstation.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportColumns;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.service.today.TodaysWorkList;
import cn.screening.workstation.service.today.WorkItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 今日待办's monthly-report items on 义县's county store, in county time (Asia/Shanghai): nothing on
 * the 19th, 月报待提交 from the 20th through the 25th, 逾期 from the 26th, gone once submitted; 与已报数据不一致
 * when the ledger changes a submitted month; 已退回 with the city's reason until the report is revised.
 */
class ReportWorkTest {

    static final ReportPeriod NOVEMBER = ReportPeriod.parse("2026-11").orElseThrow();
    static final UUID ID = MonthlyReport.idOf("210727", "2026-11");

    @TempDir
    Path dir;
    ReportFixture f;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    void at(String instant) {
        f.clock.advance(Duration.between(f.clock.instant(), Instant.parse(instant)));
    }

    List<WorkItem> reportItems() {
        TodaysWorkList work = f.services.todaysWork().today();
        assertThat(work.counts()).containsKeys(ReportWork.KINDS.toArray(String[]::new));
        return work.items().stream().filter(i -> ReportWork.KINDS.contains(i.kind())).toList();
    }

    @Test
    void lastMonthsReportIsAskedForFromTheTwentiethAndIsOverdueFromTheTwentySixthUntilSubmitted() {
        at("2026-12-19T15:59:00Z"); // 23:59 on the 19th in Beijing
        assertThat(reportItems()).isEmpty();

        at("2026-12-19T16:00:00Z"); // 00:00 on the 20th
        assertThat(reportItems()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReportWork.DUE);
            assertThat(i.title()).isEqualTo("2026-11");
            assertThat(i.due()).isEqualTo(LocalDate.of(2026, 12, 25));
            assertThat(i.overdue()).isFalse();
            assertThat(i.recordId()).isEqualTo(ID);
        });

        at("2026-12-25T15:59:00Z"); // 23:59 on the 25th: still on time
        assertThat(reportItems()).extracting(WorkItem::kind).containsExactly(ReportWork.DUE);
        f.services.monthlyReports().monthly(NOVEMBER); // a draft is not a submission
        assertThat(reportItems()).extracting(WorkItem::kind).containsExactly(ReportWork.DUE);

        at("2026-12-25T16:00:00Z"); // 00:00 on the 26th
        assertThat(reportItems()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReportWork.OVERDUE);
            assertThat(i.overdue()).isTrue();
        });

        f.services.monthlyReports().submit(NOVEMBER);
        assertThat(reportItems()).isEmpty();
    }

    @Test
    void aSubmittedMonthTheLedgerContradictsAndAReturnedReportWaitUntilRevised() {
        at("2026-12-21T02:00:00Z");
        ReportState submitted = f.services.monthlyReports().submit(NOVEMBER);
        assertThat(reportItems()).isEmpty();

        UUID row = submitted.live().figures().rowsBehind("A", "total", ReportColumns.TREATED).get(0);
        f.services.ledger().move(row, TreatmentStatus.DIED, LocalDate.of(2026, 11, 25), "11月25日死亡");
        assertThat(reportItems()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReportWork.DIFFERS);
            assertThat(i.title()).isEqualTo("2026-11");
        });

        // the city's return, as a pull brings it
        at("2026-12-22T02:00:00Z");
        f.ws.database().write(f.ws.session().actor(), tx -> {
            MonthlyReport r = f.ws.reports().findById(tx, ID).orElseThrow();
            f.ws.reports().writeAsIs(tx, r.withReview(new ReportReview(1, ReviewVerdict.RETURNED, "死亡人数与台账不符", f.clock.instant())));
            return null;
        });
        assertThat(f.services.monthlyReports().state(NOVEMBER).statusText()).isEqualTo("已退回");
        assertThat(reportItems()).extracting(WorkItem::kind).containsExactlyInAnyOrder(ReportWork.RETURNED, ReportWork.DIFFERS);
        assertThat(reportItems()).filteredOn(i -> i.kind().equals(ReportWork.RETURNED)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("2026-11 · 死亡人数与台账不符");
            assertThat(i.due()).isEqualTo(LocalDate.of(2026, 12, 22));
        });

        ReportState revised = f.services.monthlyReports().revise(NOVEMBER, "补报11月死亡病例");
        assertThat(revised.statusText()).isEqualTo("已提交");
        assertThat(revised.review()).isEmpty();
        assertThat(revised.report().orElseThrow().reviews()).hasSize(1); // the return of version 1 stays on record
        assertThat(reportItems()).isEmpty();
    }
}
