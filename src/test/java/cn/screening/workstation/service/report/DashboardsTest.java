package cn.screening.workstation.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's timings read from a real county store: only the county's own samples accepted at the
 * hospital, and only referrals its sites sent, count (another county's, a rejected tube, an open loop do not).
 */
class DashboardsTest {

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void turnaroundAndLoopsComeFromTheCountysOwnRecords() {
        Instant received = Instant.parse("2026-06-10T00:00:00Z");
        ws.database().write(ws.session().actor(), tx -> {
            sample(tx, "210727-C", 10, TubeDecision.ACCEPTED, received);
            sample(tx, "210727-C", 20, TubeDecision.ACCEPTED, received);
            sample(tx, "210727-C", 30, TubeDecision.REJECTED, received);        // rejected: not a receipt
            sample(tx, "210726-C", 40, TubeDecision.ACCEPTED, received);        // another county's
            sample(tx, "210727-C", 50, TubeDecision.ACCEPTED, Instant.parse("2026-07-02T00:00:00Z")); // after June
            ws.referrals().insert(tx, referral("210727-C", "2026-06-01T00:00:00Z", ReferralStatus.BACK_RECEIVED, "2026-06-11T00:00:00Z"));
            ws.referrals().insert(tx, referral("210727-C", "2026-06-01T00:00:00Z", ReferralStatus.ACCEPTED, "2026-06-02T00:00:00Z"));
            ws.referrals().insert(tx, referral("210726-C", "2026-06-01T00:00:00Z", ReferralStatus.CLOSED, "2026-06-03T00:00:00Z"));
            return null;
        });
        Dashboard d = TestSites.services(ws).dashboards().dashboard(YearMonth.of(2026, 6));

        Dashboard.TimesMonth june = d.turnaround().get(11);
        assertThat(june.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(june.count()).isEqualTo(2);
        assertThat(june.medianIn(Duration.ofHours(1))).isEqualTo(15.0);
        assertThat(june.p90In(Duration.ofHours(1))).isEqualTo(20.0);
        assertThat(d.turnaround().stream().mapToInt(Dashboard.TimesMonth::count).sum()).isEqualTo(2);
        Dashboard.TimesMonth loops = d.referralLoop().get(11);
        assertThat(loops.count()).isEqualTo(1);
        assertThat(loops.medianIn(Duration.ofDays(1))).isEqualTo(10.0);
        assertThat(d.statusByMonth()).hasSize(12).allMatch(m -> m.counts().values().stream().allMatch(c -> c == 0));
    }

    private void sample(cn.screening.workstation.store.Tx tx, String site, int hours, TubeDecision decision, Instant at)
            throws java.sql.SQLException {
        UUID id = UUID.randomUUID();
        String no = site + "-" + String.format("%06d", hours);
        ws.specimens().samples().insert(tx, new Sample(id, no, null, "C-" + hours, "测**", "1", site, TubeType.CITRATE_3_2, 100,
                at.minus(Duration.ofHours(hours)), "李医生", null, null, List.of(), null, SampleStatus.DISPATCHED, null, "210700-H", null));
        UUID receipt = UUID.randomUUID();
        ws.specimens().verdicts().insert(tx, new TubeVerdict(TubeVerdict.idFor(receipt, id), receipt, UUID.randomUUID(), "210700-H", site,
                id, no, decision, decision == TubeDecision.REJECTED ? RejectionReason.HAEMOLYSED : null, null, at, "王检验", null));
    }

    private static Referral referral(String from, String sent, ReferralStatus last, String lastAt) {
        List<ReferralEvent> history = List.of(
                new ReferralEvent(Instant.parse(sent), ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralSide.SENDER, "李医生", from, null),
                new ReferralEvent(Instant.parse(lastAt), ReferralStatus.SUBMITTED, last, ReferralSide.RECEIVER, "张医生", "210700-H", null));
        return new Referral(UUID.randomUUID(), from + "-R1", UUID.randomUUID(), null, null, from, "210700-H", null, null, null, null, null,
                null, null, null, null, null, last, null, null, history, null);
    }
}
