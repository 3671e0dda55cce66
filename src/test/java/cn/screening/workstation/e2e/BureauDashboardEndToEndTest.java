package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStage;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.server.TestClock;
import cn.screening.workstation.service.referral.Referrals;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.sync.SyncReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county health bureau's 统计看板 through the real server on loopback, on a clock the test
 * moves: 义县 draws three samples and ships them; the designated hospital receives them 20 hours
 * later (two accepted, one rejected); two up-referrals go 已提交 → 已接收 → 已入院 → 已回转 → 基层已接收;
 * the bureau syncs and its dashboard gives the turnaround and loop times computed here by hand, the
 * same as the county hospital's own, while nothing it pulled queued a change of its own.
 */
@Tag("slow")
class BureauDashboardEndToEndTest {

    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 10 November in 义县: every time below stays in November, county time */
    static final Instant T0 = Instant.parse("2026-11-10T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theBureauSeesTheCountysSampleTurnaroundAndReferralLoopsAsTheCountyDoes() {
        TestClock clock = new TestClock(T0);
        try (Province province = ReferralEndToEndTest.province(dir)) {
            province.services.administration().addSite(BureauEndToEndTest.BUREAU.siteCode(), InstitutionType.BUREAU, "210727",
                    BureauEndToEndTest.BUREAU.name(), null);
            try (Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR, clock);
                 Station lab = Station.enrolledAsDoctor(dir.resolve("lab"), ReferralEndToEndTest.HOSPITAL, province,
                         Role.DESIGNATED_LAB, clock);
                 Station ward = Station.enrolledAsDoctor(dir.resolve("ward"), ReferralEndToEndTest.HOSPITAL, province,
                         Role.DESIGNATED_PHYSICIAN, clock);
                 Station bureau = Station.enrolledAsDoctor(dir.resolve("bureau"), BureauEndToEndTest.BUREAU, province,
                         Role.BUREAU_OFFICER, clock)) {
                assertThat(county.sync().allClear()).isTrue();

                // T0: three samples drawn 2, 3 and 2 hours ago leave in one box; the first referral is sent
                UUID caseA = SpecimenSites.suspectedCase(county.ws, "张三", Sex.MALE);
                UUID caseB = SpecimenSites.suspectedCase(county.ws, "李四", Sex.MALE);
                var draw = county.services.specimens().draw();
                Sample a = draw.draw(caseA, SpecimenSites.goodDraw(clock.instant(), Duration.ofHours(2)));
                Sample b = draw.draw(caseB, SpecimenSites.goodDraw(clock.instant(), Duration.ofHours(3)));
                Sample c = draw.draw(caseB, SpecimenSites.goodDraw(clock.instant(), Duration.ofHours(2)));
                var shipments = county.services.specimens().shipments();
                Shipment box = shipments.createBox(ReferralEndToEndTest.HOSPITAL.siteCode());
                for (Sample s : new Sample[] {a, b, c}) {
                    shipments.addTube(box.id(), s.sampleNo());
                }
                shipments.dispatch(box.id(), new DispatchDetails("顺丰", "SF1", clock.instant(), ShipmentCondition.ROOM_TEMPERATURE,
                        null, null, new BigDecimal("22")));
                Referrals sender = county.services.referrals();
                Referral first = ReferralEndToEndTest.sentDraft(sender, ReferralEndToEndTest.registerCase(county, "刘小川", 71),
                        ReferralEndToEndTest.HOSPITAL.siteCode());
                sender.submit(first.id());
                assertThat(county.sync().allClear()).isTrue();

                // T0 + 12 h: the second referral is sent
                clock.advance(Duration.ofHours(12));
                Referral second = ReferralEndToEndTest.sentDraft(sender, ReferralEndToEndTest.registerCase(county, "马小兵", 73),
                        ReferralEndToEndTest.HOSPITAL.siteCode());
                sender.submit(second.id());
                assertThat(county.sync().allClear()).isTrue();

                // T0 + 20 h: the box arrives; two tubes accepted, one rejected; both referrals accepted and admitted
                clock.advance(Duration.ofHours(8));
                assertThat(lab.sync().allClear()).isTrue();
                var receiving = lab.services.specimens().receiving();
                receiving.receive(box.id(), clock.instant(), new BigDecimal("21"));
                for (Sample s : new Sample[] {a, b, c}) {
                    receiving.scan(box.id(), s.sampleNo());
                }
                receiving.judge(box.id(), c.id(), TubeDecision.REJECTED, RejectionReason.CLOTTED, "有凝块");
                assertThat(lab.sync().allClear()).isTrue();
                assertThat(ward.sync().allClear()).isTrue();
                Referrals receiver = ward.services.referrals();
                for (Referral r : new Referral[] {first, second}) {
                    receiver.accept(r.id(), "血液内科");
                    receiver.admit(r.id(), true, "ZY-" + r.id().toString().substring(0, 4), null);
                }
                assertThat(ward.sync().allClear()).isTrue();

                // T0 + 3 d: both written back; the bureau, syncing now, is not asked to acknowledge them
                clock.advance(Duration.ofHours(52));
                for (Referral r : new Referral[] {first, second}) {
                    receiver.writeBackReferral(r.id(), new BackReferral("血友病A（中型）", null, "FVIII:C 3%", "替代治疗", "预防治疗",
                            "关节康复", "刘医生", "024-1234", LocalDate.ofInstant(clock.instant(), COUNTY_TIME)));
                }
                assertThat(ward.sync().allClear()).isTrue();
                assertThat(bureau.sync().allClear()).isTrue();
                assertThat(bureau.services.todaysWork().today().count(StandardWork.REFERRAL_ACKNOWLEDGE)).isZero();
                // the rejected tube moves the county's case as it arrives: that move goes up with the next sync
                assertThat(county.sync().failure()).isNull();
                assertThat(county.sync().allClear()).isTrue();
                assertThat(county.services.todaysWork().today().count(StandardWork.REFERRAL_ACKNOWLEDGE)).isEqualTo(2);

                // T0 + 4 d 12 h: the county receives both back-referrals (基层已接收); T0 + 5 d: it closes the first
                clock.advance(Duration.ofHours(36));
                sender.acknowledgeBackReferral(first.id());
                sender.acknowledgeBackReferral(second.id());
                clock.advance(Duration.ofHours(12));
                sender.close(first.id());
                assertThat(county.sync().allClear()).isTrue();

                SyncReport pulled = bureau.sync();
                assertThat(pulled.allClear()).as(pulled.line()).isTrue();
                Dashboard atBureau = bureau.services.dashboards().dashboard(YearMonth.of(2026, 11));
                Dashboard atCounty = county.services.dashboards().dashboard(YearMonth.of(2026, 11));

                // by hand: a drawn at T0−2 h, b at T0−3 h, both accepted at T0+20 h → 22 h and 23 h; c rejected, left out
                Dashboard.TimesMonth samples = november(atBureau.turnaround());
                assertThat(samples.count()).isEqualTo(2);
                assertThat(samples.median()).isEqualTo(Duration.ofMinutes(22 * 60 + 30));
                assertThat(samples.p90()).isEqualTo(Duration.ofHours(23));
                assertThat(samples.medianIn(Duration.ofHours(1))).isEqualTo(22.5);
                // the first sent at T0, the second at T0+12 h, both received back at T0+4 d 12 h → 4.5 d and 4 d
                Dashboard.TimesMonth loops = november(atBureau.referralLoop());
                assertThat(loops.count()).isEqualTo(2);
                assertThat(loops.median()).isEqualTo(Duration.ofHours(102));
                assertThat(loops.p90()).isEqualTo(Duration.ofHours(108));
                assertThat(loops.p90In(Duration.ofDays(1))).isEqualTo(4.5);
                assertThat(atBureau.turnaround()).isEqualTo(atCounty.turnaround());
                assertThat(atBureau.referralLoop()).isEqualTo(atCounty.referralLoop());
                assertThat(atBureau.turnaround().stream().filter(m -> !m.month().equals(YearMonth.of(2026, 11))))
                        .allSatisfy(m -> assertThat(m.count()).isZero());

                // the rejected tube moved the case at the county only; the bureau got the county's move and queued nothing
                assertThat(SpecimenSites.caseStatus(county.ws, caseB)).isEqualTo(CaseStatus.REDRAW_REQUESTED);
                assertThat(SpecimenSites.caseStatus(bureau.ws, caseB)).isEqualTo(CaseStatus.REDRAW_REQUESTED);
                assertThat(bureau.pending()).isZero();
                assertThat(bureau.sync().allClear()).isTrue();
                // what the bureau holds of it: the samples and verdicts, trimmed referrals; no box, receipt or result
                assertThat(rows(bureau, "sample")).isEqualTo(3);
                assertThat(rows(bureau, "tube_verdict")).isEqualTo(3);
                assertThat(rows(bureau, "referral")).isEqualTo(2);
                for (String table : new String[] {"shipment", "receipt", "lab_result", "follow_up"}) {
                    assertThat(rows(bureau, table)).as(table).isZero();
                }
                Referral held = ReferralEndToEndTest.stored(bureau, first.id());
                assertThat(held.clinicalSummary()).isNull();
                assertThat(held.patient()).isNull();
                assertThat(held.backReferral()).isNull();
                assertThat(held.history()).allSatisfy(e -> assertThat(e.by()).isNull());
                Sample sampleHeld = bureau.ws.database().read(tx -> bureau.ws.specimens().samples().findById(tx, a.id())).orElseThrow();
                assertThat(sampleHeld.drawnAt()).isEqualTo(a.drawnAt());
                assertThat(sampleHeld.drawnBy()).isNull();
                assertThat(sampleHeld.maskedName()).isNull();
                // the case window's read-only sample lines at the bureau: drawn and received, or rejected with its coded reason
                var tracking = bureau.services.specimens().tracking();
                assertThat(tracking.timeline(a.id()).events()).extracting(e -> e.stage())
                        .containsExactly(SampleStage.DRAWN, SampleStage.RECEIVED);
                assertThat(tracking.timeline(c.id()).last().stage()).isEqualTo(SampleStage.REJECTED);
                assertThat(tracking.timeline(c.id()).last().detail()).isEqualTo(RejectionReason.CLOTTED.name());
            }
        }
    }

    static Dashboard.TimesMonth november(java.util.List<Dashboard.TimesMonth> months) {
        return months.stream().filter(m -> m.month().equals(YearMonth.of(2026, 11))).findFirst().orElseThrow();
    }

    static long rows(Station s, String table) {
        return s.ws.database().read(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
