package cn.screening.workstation.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's four series against figures worked out by hand (the fixture's story is in each test). */
class DashboardFiguresTest {

    static final String COUNTY = "210727";
    static final YearMonth END = YearMonth.of(2026, 6);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<Label> DISEASES = List.of(new Label("CATARACT", "白内障"), new Label("HEMOPHILIA", "血友病"),
            new Label("LEUKEMIA", "白血病"));
    static final List<Label> TOWNSHIPS = List.of(new Label("210727100", "城关镇"));

    /**
     * r1 白内障: opened 3-10, certified 3-15, 正在救治 4-02, 已救治 5-01; a stay discharged 6-10, ¥100.00, ¥10.00 own share.
     * r2 白内障: certified 1-20, still 待救治. r3 白血病: certified 2025-12-05, 正在救治 12-10, 死亡 2026-06-05;
     * a stay discharged 6-03, ¥500.00, ¥200.00 own share. r4 waits for its verdict; r5 is certified after June.
     */
    static List<LedgerEntry> ledger() {
        LedgerEntry r1 = row("CATARACT", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 15))
                .movedTo(TreatmentStatus.TREATING, LocalDate.of(2026, 4, 2), "李医生", null)
                .movedTo(TreatmentStatus.TREATED, LocalDate.of(2026, 5, 1), "李医生", null)
                .withAdmission(stay(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), 10_000, 1_000));
        LedgerEntry r2 = row("CATARACT", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20));
        LedgerEntry r3 = row("LEUKEMIA", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5))
                .movedTo(TreatmentStatus.TREATING, LocalDate.of(2025, 12, 10), "李医生", null)
                .withAdmission(stay(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 3), 50_000, 20_000))
                .movedTo(TreatmentStatus.DIED, LocalDate.of(2026, 6, 5), "李医生", null);
        LedgerEntry r4 = LedgerEntry.opened(UUID.randomUUID(), UUID.randomUUID(), "210727-C", "210727100", null, "CATARACT", null,
                null, null, LocalDate.of(2026, 2, 1), "李医生");
        LedgerEntry r5 = row("CATARACT", LocalDate.of(2026, 6, 28), LocalDate.of(2026, 7, 1));
        return List.of(r1, r2, r3, r4, r5);
    }

    static LedgerEntry row(String disease, LocalDate opened, LocalDate certified) {
        return LedgerEntry.opened(UUID.randomUUID(), UUID.randomUUID(), "210727-C", "210727100", null, disease, null, null, null,
                opened, "李医生").withCertification(new CertificationRecord(Certification.CERTIFIED, null, "王科长", certified, List.of()));
    }

    static Admission stay(LocalDate in, LocalDate out, long totalFen, long ownFen) {
        return new Admission(UUID.randomUUID(), "210727-H", "县人民医院", HospitalLevel.COUNTY, COUNTY, in, out, "Z1", null, false, null,
                null, null, new Costs(totalFen, Map.of(), 0, 0, ownFen, false, false));
    }

    /** June (county time): 10 h, 20 h, 30 h and 40 h — the last received 2026-05-31 20:00 UTC, June 1st in the county; May: 5 h. */
    static List<TimedSpan> samples() {
        Instant june = Instant.parse("2026-06-10T00:00:00Z");
        Instant firstOfJune = Instant.parse("2026-05-31T20:00:00Z");
        return List.of(span(june, 10), span(june, 20), span(june, 30), span(firstOfJune, 40),
                span(Instant.parse("2026-05-15T00:00:00Z"), 5),
                span(Instant.parse("2026-06-30T17:00:00Z"), 3), // July 1st in the county: after the end month
                new TimedSpan(june, june.minusSeconds(60))); // received before drawn: left out
    }

    static TimedSpan span(Instant received, long hours) {
        return new TimedSpan(received.minus(Duration.ofHours(hours)), received);
    }

    /** Loops closed in June: 10 days (back-referral received) and 35 days (closed); one rejected, one still open. */
    static List<Referral> referrals() {
        return List.of(
                referral(step("2026-06-01T00:00:00Z", ReferralStatus.SUBMITTED), step("2026-06-02T00:00:00Z", ReferralStatus.ACCEPTED),
                        step("2026-06-05T00:00:00Z", ReferralStatus.BACK_REFERRED), step("2026-06-11T00:00:00Z", ReferralStatus.BACK_RECEIVED),
                        step("2026-06-20T00:00:00Z", ReferralStatus.CLOSED)),
                referral(step("2026-05-01T00:00:00Z", ReferralStatus.SUBMITTED), step("2026-06-05T00:00:00Z", ReferralStatus.CLOSED)),
                referral(step("2026-06-01T00:00:00Z", ReferralStatus.SUBMITTED), step("2026-06-03T00:00:00Z", ReferralStatus.REJECTED)),
                referral(step("2026-06-01T00:00:00Z", ReferralStatus.SUBMITTED), step("2026-06-03T00:00:00Z", ReferralStatus.ACCEPTED)));
    }

    static ReferralEvent step(String at, ReferralStatus to) {
        return new ReferralEvent(Instant.parse(at), null, to, ReferralSide.SENDER, "李医生", "210727-C", null);
    }

    static Referral referral(ReferralEvent... steps) {
        List<ReferralEvent> history = new ArrayList<>(List.of(steps));
        return new Referral(UUID.randomUUID(), "R1", UUID.randomUUID(), null, null, "210727-C", "210000-H", null, null, null, null, null,
                null, null, null, null, null, history.get(history.size() - 1).to(), null, null, history, null);
    }

    static Dashboard dashboard() {
        return new DashboardFigures(COUNTY, END, ZONE).build(ledger(), DISEASES, TOWNSHIPS, samples(), referrals());
    }

    @Test
    void statusCountsAreTheRowsCertifiedByEachMonthsEndWithTheirStatusThen() {
        List<Dashboard.StatusMonth> months = dashboard().statusByMonth();
        assertThat(months).extracting(Dashboard.StatusMonth::month).containsExactly(
                YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9), YearMonth.of(2025, 10), YearMonth.of(2025, 11),
                YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(months.get(4).counts().values()).allMatch(c -> c == 0);
        assertThat(counts(months.get(5))).containsExactly(0L, 1L, 0L, 0L, 0L, 0L);  // 2025-12: r3 正在救治
        assertThat(counts(months.get(6))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);  // 2026-01: + r2 待救治
        assertThat(counts(months.get(8))).containsExactly(2L, 1L, 0L, 0L, 0L, 0L);  // 2026-03: + r1 (r4 not certified)
        assertThat(counts(months.get(9))).containsExactly(1L, 2L, 0L, 0L, 0L, 0L);  // 2026-04: r1 正在救治
        assertThat(counts(months.get(10))).containsExactly(1L, 1L, 1L, 0L, 0L, 0L); // 2026-05: r1 已救治
        assertThat(counts(months.get(11))).containsExactly(1L, 0L, 1L, 0L, 1L, 0L); // 2026-06: r3 死亡 (r5 certified in July)
    }

    private static List<Long> counts(Dashboard.StatusMonth m) {
        return Dashboard.STATUSES.stream().map(m::count).toList();
    }

    @Test
    void ratesByDiseaseAreTableAsOfTheEndMonth() {
        List<Dashboard.DiseaseRates> rates = dashboard().byDisease();
        // 血友病 has nobody counted and no stay: no slot on the chart
        assertThat(rates).extracting(Dashboard.DiseaseRates::name).containsExactly("白内障", "白血病");
        // 白内障: r1 已救治 of r1, r2; own share ¥10 of ¥100. 白血病: r3 died, none treated; ¥200 of ¥500.
        assertThat(rates.get(0).treatmentRate()).extracting(Figure::value, Figure::of).containsExactly(1L, 2L);
        assertThat(rates.get(0).outOfPocketShare()).extracting(Figure::value, Figure::of).containsExactly(1_000L, 10_000L);
        assertThat(rates.get(1).treatmentRate()).extracting(Figure::value, Figure::of).containsExactly(0L, 1L);
        assertThat(rates.get(1).outOfPocketShare()).extracting(Figure::value, Figure::of).containsExactly(20_000L, 50_000L);
    }

    @Test
    void turnaroundIsPerMonthOfReceiptInCountyTimeMedianAndNearestRank90th() {
        List<Dashboard.TimesMonth> t = dashboard().turnaround();
        Dashboard.TimesMonth june = t.get(11);
        assertThat(june.count()).isEqualTo(4);
        assertThat(june.medianIn(Duration.ofHours(1))).isEqualTo(25.0); // (20 + 30) / 2
        assertThat(june.p90In(Duration.ofHours(1))).isEqualTo(40.0);    // rank ⌈0.9 × 4⌉ = 4
        Dashboard.TimesMonth may = t.get(10);
        assertThat(may.count()).isEqualTo(1);
        assertThat(may.medianIn(Duration.ofHours(1))).isEqualTo(5.0);
        assertThat(may.p90In(Duration.ofHours(1))).isEqualTo(5.0);
        assertThat(t.get(9).count()).isZero();
        assertThat(t.get(9).median()).isNull();
    }

    @Test
    void referralLoopRunsFromSentToTheBackReferralReceivedOrClosed() {
        Dashboard.TimesMonth june = dashboard().referralLoop().get(11);
        assertThat(june.count()).isEqualTo(2);
        assertThat(june.medianIn(Duration.ofDays(1))).isEqualTo(22.5); // (10 + 35) / 2
        assertThat(june.p90In(Duration.ofDays(1))).isEqualTo(35.0);
        assertThat(dashboard().referralLoop().get(10).count()).isZero();
    }

    @Test
    void medianAndPercentileOfAFewValues() {
        List<Duration> ten = new ArrayList<>();
        for (int h = 10; h >= 1; h--) {
            ten.add(Duration.ofHours(h));
        }
        assertThat(Durations.median(ten)).isEqualTo(Duration.ofMinutes(330)); // (5 + 6) / 2 h
        assertThat(Durations.percentile(ten, 90)).isEqualTo(Duration.ofHours(9));
        assertThat(Durations.median(List.of(Duration.ofHours(3), Duration.ofHours(1), Duration.ofHours(7)))).isEqualTo(Duration.ofHours(3));
        assertThat(Durations.median(List.of())).isNull();
    }
}
