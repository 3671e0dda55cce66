package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportColumn;
import cn.screening.workstation.domain.report.Measure;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.domain.report.ReportStanding;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.domain.report.ReportStatus;
import cn.screening.workstation.domain.report.ReportTable;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps one monthly report per county and period whatever the clients send: two devices
 * that submit the same period offline meet as a conflict, a second report under another id, a change
 * to a submitted version or its deletion, a second draft, a revision without a reason, a false late flag
 * and another county's report are refused.
 */
class MonthlyReportServerTest {

    static final String PERIOD = "2026-11";
    static final UUID ID = MonthlyReport.idOf("210727", PERIOD);

    @TempDir
    Path dir;
    ServerHarness server;
    String first;
    String second;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir);
        first = server.enrol(COUNTY).token();
        second = server.enrol(COUNTY).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static ReportFigures figures(long certified) {
        ReportColumn c = new ReportColumn("certified", "认定救治对象（累计）", Measure.COUNT);
        return new ReportFigures(List.of(new ReportTable("A", "表A 按病种统计", List.of(c),
                List.of(new ReportLine("total", "合计", List.of(new Figure(certified, 0, List.of())))))));
    }

    static ReportVersion submitted(int n, String reason, LocalDate on, boolean late, long certified) {
        return new ReportVersion(n, ReportStatus.SUBMITTED, reason, Instant.parse(on + "T02:00:00Z"), on, "李医生", late, figures(certified));
    }

    static MonthlyReport report(UUID id, ReportVersion... versions) {
        return new MonthlyReport(id, COUNTY, "210727", PERIOD, "义县人民医院", List.of(versions), null);
    }

    static ObjectNode payload(MonthlyReport r) {
        ObjectNode n = StoreJson.MAPPER.valueToTree(r);
        n.remove("meta");
        return n;
    }

    ChangeResult create(String token, MonthlyReport r) {
        return server.push(token, Records.create(EntityTypes.MONTHLY_REPORT, r.id(), payload(r))).results().get(0);
    }

    ChangeResult edit(String token, long base, MonthlyReport r) {
        return server.push(token, Records.edit(EntityTypes.MONTHLY_REPORT, r.id(), base, payload(r), "versions")).results().get(0);
    }

    static List<String> codes(ChangeResult r) {
        return r.reasons() == null ? List.of() : r.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void twoDevicesSubmittingTheSamePeriodOfflineLeaveOneReportAndTheSecondAConflict() {
        ChangeResult a = create(first, report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)));
        ChangeResult b = create(second, report(ID, submitted(1, null, LocalDate.of(2026, 12, 21), false, 97)));

        assertThat(a.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(b.status()).isEqualTo(ChangeStatus.CONFLICT);
        List<UUID> held = server.pull(first, 0, 1000).records().stream()
                .filter(r -> r.entityType().equals(EntityTypes.MONTHLY_REPORT)).map(r -> r.entityId()).toList();
        assertThat(held).containsExactly(ID);
    }

    @Test
    void aSubmittedReportIsNeverDeletedAndACountyReportsOnlyItself() {
        ChangeResult v1 = create(first, report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)));
        Change tombstone = new Change(UUID.randomUUID(), EntityTypes.MONTHLY_REPORT, ID, v1.version(), List.of(), null, null, null, true);
        ChangeResult deleted = server.push(first, tombstone).results().get(0);
        assertThat(deleted.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(codes(deleted)).contains("report.frozen");

        UUID heishan = MonthlyReport.idOf("210726", PERIOD);
        ChangeResult other = create(first, new MonthlyReport(heishan, COUNTY, "210726", PERIOD, "义县人民医院",
                List.of(submitted(1, null, LocalDate.of(2026, 12, 20), false, 5)), null));
        assertThat(codes(other)).contains("report.not_own_county");

        // a designated hospital reports no county's month, not even that of its own division
        String hospital = server.enrol(ServerHarness.DESIGNATED).token();
        UUID ofHospital = MonthlyReport.idOf("210100", PERIOD);
        ChangeResult byHospital = create(hospital, new MonthlyReport(ofHospital, ServerHarness.DESIGNATED, "210100", PERIOD,
                "省血液病定点医院", List.of(submitted(1, null, LocalDate.of(2026, 12, 20), false, 5)), null));
        assertThat(codes(byHospital)).contains("report.not_own_county");
    }

    @Test
    void theCountysHealthBureauSeesTheCountysReportAndItsOwnOfflineCopyIsAConflict() {
        server.services.administration().addSite("210727-B", InstitutionType.BUREAU, "210727", "义县卫生健康局", null);
        String bureau = server.enrol("210727-B").token();
        assertThat(create(first, report(ID, submitted(1, null, LocalDate.of(2026, 12, 24), false, 96))).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(server.pull(bureau, 0, 1000).records()).anyMatch(r -> r.entityId().equals(ID));

        MonthlyReport byBureau = new MonthlyReport(ID, "210727-B", "210727", PERIOD, "义县卫生健康局",
                List.of(submitted(1, null, LocalDate.of(2026, 12, 24), false, 97)), null);
        assertThat(create(bureau, byBureau).status()).isEqualTo(ChangeStatus.CONFLICT);
    }

    @Test
    void aSecondReportOfThePeriodUnderAnotherIdIsRefused() {
        ChangeResult other = create(first, report(UUID.randomUUID(), submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)));
        assertThat(other.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(codes(other)).contains("report.one_per_period");
    }

    @Test
    void aSubmittedVersionNeverChangesAndARevisionNeedsItsReason() {
        ChangeResult v1 = create(first, report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)));
        assertThat(v1.status()).isEqualTo(ChangeStatus.APPLIED);

        ChangeResult rewritten = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 99)));
        assertThat(codes(rewritten)).contains("report.frozen");

        ChangeResult noReason = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96),
                submitted(2, null, LocalDate.of(2026, 12, 22), false, 99)));
        assertThat(codes(noReason)).contains("report.reason.required");

        ReportVersion draft = new ReportVersion(2, ReportStatus.DRAFT, "补录", null, null, null, false, figures(99));
        ChangeResult twoDrafts = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96), draft,
                new ReportVersion(3, ReportStatus.DRAFT, "补录", null, null, null, false, figures(99))));
        assertThat(codes(twoDrafts)).contains("report.second_draft");

        ChangeResult falseFlag = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96),
                submitted(2, "补录", LocalDate.of(2026, 12, 26), false, 99)));
        assertThat(codes(falseFlag)).contains("report.late.mismatch");

        ChangeResult revised = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96),
                submitted(2, "补录11月出院病例", LocalDate.of(2026, 12, 26), true, 99)));
        assertThat(revised.status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void theBureausReportReachesTheCountyHospitalWhichMayReviseItButNoTownshipNorAnotherCounty() {
        server.services.administration().addSite("210727-B", InstitutionType.BUREAU, "210727", "义县卫生健康局", null);
        String bureau = server.enrol("210727-B").token();
        MonthlyReport byBureau = new MonthlyReport(ID, "210727-B", "210727", PERIOD, "义县卫生健康局",
                List.of(submitted(1, null, LocalDate.of(2026, 12, 24), false, 97)), null);
        ChangeResult v1 = create(bureau, byBureau);
        assertThat(v1.status()).isEqualTo(ChangeStatus.APPLIED);

        assertThat(reportsSeenBy(first)).containsExactly(ID);
        assertThat(reportsSeenBy(server.enrol(ServerHarness.TOWNSHIP).token())).isEmpty();
        assertThat(reportsSeenBy(server.enrol(ServerHarness.OTHER_COUNTY).token())).isEmpty();

        // the county hospital revises the county's report; the bureau still owns it and pulls the revision
        MonthlyReport revised = new MonthlyReport(ID, "210727-B", "210727", PERIOD, "义县卫生健康局", List.of(
                submitted(1, null, LocalDate.of(2026, 12, 24), false, 97), submitted(2, "补录", LocalDate.of(2026, 12, 26), true, 98)), null);
        assertThat(edit(first, v1.version(), revised).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(server.pull(bureau, v1.version(), 1000).records()).anySatisfy(r -> {
            assertThat(r.entityId()).isEqualTo(ID);
            assertThat(r.payload().path("versions")).hasSize(2);
        });
        // another county's hospital may not
        assertThat(edit(server.enrol(ServerHarness.OTHER_COUNTY).token(), v1.version(), revised).status()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void onlyTheServerWritesTheCitysReviewAndARevisionFromBeforeItKeepsIt() {
        ReportReview forged = new ReportReview(1, ReviewVerdict.APPROVED, null, Instant.parse("2026-12-21T02:00:00Z"));
        MonthlyReport approvedByItself = report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)).withReview(forged);
        assertThat(codes(create(first, approvedByItself))).contains("report.review_city_only");

        ChangeResult v1 = create(first, report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96)));
        MonthlyReport returned = server.services.cityReports().review("210727", PERIOD, ReviewVerdict.RETURNED, "表B不符", null);
        assertThat(returned.currentReview()).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("表B不符"));

        // a client clearing the return is refused
        long reviewed = server.pull(first, v1.version(), 1000).records().stream().filter(r -> r.entityId().equals(ID))
                .reduce((a, b) -> b).orElseThrow().version();
        ChangeResult cleared = server.push(first, Records.edit(EntityTypes.MONTHLY_REPORT, ID, reviewed,
                payload(report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96))), "reviews")).results().get(0);
        assertThat(codes(cleared)).contains("report.review_city_only");

        // a revision made before the return was pulled merges with it: the return of version 1 stays
        ChangeResult v2 = edit(first, v1.version(), report(ID, submitted(1, null, LocalDate.of(2026, 12, 20), false, 96),
                submitted(2, "更正表B", LocalDate.of(2026, 12, 22), false, 97)));
        assertThat(v2.status()).isEqualTo(ChangeStatus.APPLIED);
        MonthlyReport held = StoreJson.MAPPER.convertValue(server.pull(first, v1.version(), 1000).records().stream()
                .filter(r -> r.entityId().equals(ID)).reduce((a, b) -> b).orElseThrow().payload(), MonthlyReport.class);
        assertThat(held.versions()).hasSize(2);
        assertThat(held.reviews()).singleElement().satisfies(r -> assertThat(r.verdict()).isEqualTo(ReviewVerdict.RETURNED));
        assertThat(held.currentReview()).isEmpty(); // version 2 waits for the city

        // the city reviews only the last submitted version, once
        assertThatThrownBy(() -> server.services.cityReports().review("210727", PERIOD, ReviewVerdict.APPROVED, null, 1))
                .isInstanceOf(AdminRefused.class).hasMessageContaining("已被第 2 版（修订）取代");
        server.services.cityReports().review("210727", PERIOD, ReviewVerdict.APPROVED, null, 2);
        assertThatThrownBy(() -> server.services.cityReports().review("210727", PERIOD, ReviewVerdict.RETURNED, "再退", null))
                .isInstanceOf(AdminRefused.class).hasMessageContaining("第 2 版已审核");
        ReportRoll roll = server.services.cityReports().roll(PERIOD, "2107");
        assertThat(roll.counties()).extracting(ReportRoll.County::countyCode).containsExactly("210726", "210727");
        assertThat(roll.counties().get(1).standing()).isEqualTo(ReportStanding.APPROVED);
        assertThat(roll.completenessRate()).isEqualByComparingTo("50.00");
        // October was due on 25 November: by today nobody's report of it is 未报 any more but 逾期
        ReportRoll october = server.services.cityReports().roll("2026-10", null);
        assertThat(october.counties()).extracting(ReportRoll.County::standing).containsOnly(ReportStanding.OVERDUE);
        assertThat(october.onTimeRate()).isEqualByComparingTo("0.00");
    }

    List<UUID> reportsSeenBy(String token) {
        return server.pull(token, 0, 1000).records().stream().filter(r -> r.entityType().equals(EntityTypes.MONTHLY_REPORT))
                .map(r -> r.entityId()).toList();
    }
}
