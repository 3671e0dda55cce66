package cn.screening.workstation.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The period, its due date at the 25th boundary, and a row's status at a month's end. */
class ReportPeriodTest {

    @Test
    void aPeriodIsYearDashMonthAndNothingElse() {
        assertThat(ReportPeriod.parse("2026-11")).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("2026-11"));
        assertThat(ReportPeriod.parse(" 2026-02 ")).isPresent();
        for (String bad : new String[] {"2026-13", "2026-00", "2026-1", "2026/11", "2026-11-01", "", "十一月", null}) {
            assertThat(ReportPeriod.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theTwentyFifthOfTheNextMonthIsOnTimeAndTheTwentySixthIsLate() {
        ReportPeriod nov = ReportPeriod.parse("2026-11").orElseThrow();
        assertThat(nov.dueDate()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(nov.lateOn(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(nov.lateOn(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(nov.lateOn(LocalDate.of(2026, 12, 26))).isTrue();
        ReportPeriod dec = ReportPeriod.parse("2026-12").orElseThrow();
        assertThat(dec.dueDate()).isEqualTo(LocalDate.of(2027, 1, 25));
    }

    @Test
    void aRowCountsWithItsStatusAtTheMonthsEndAndNotBeforeItsFirstStep() {
        LedgerEntry e = LedgerEntry.opened(UUID.randomUUID(), UUID.randomUUID(), "210727-C", "210727100", null, "CATARACT", null, null,
                null, LocalDate.of(2026, 3, 10), "李医生").withCertification(CertificationRecord.WAITING)
                .movedTo(TreatmentStatus.TREATING, LocalDate.of(2026, 4, 2), "李医生", null)
                .movedTo(TreatmentStatus.TREATED, LocalDate.of(2026, 5, 1), "李医生", null);
        assertThat(MonthlyFigures.statusAsOf(e, LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(MonthlyFigures.statusAsOf(e, LocalDate.of(2026, 3, 31))).contains(TreatmentStatus.WAITING);
        assertThat(MonthlyFigures.statusAsOf(e, LocalDate.of(2026, 4, 30))).contains(TreatmentStatus.TREATING);
        assertThat(MonthlyFigures.statusAsOf(e, LocalDate.of(2026, 5, 1))).contains(TreatmentStatus.TREATED);
    }
}
