package cn.screening.workstation.server;

import cn.screening.workstation.domain.report.ReportStanding;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The city's roll of a period's monthly reports (server report list): every county expected to report,
 * its standing, and the on-time and completeness rates over the expected counties.
 *
 * @param expected  counties expected to report: those with a registered county hospital or health bureau
 * @param submitted counties with a submitted version
 * @param onTime    counties whose first version was submitted on or before the 25th of the month after
 */
public record ReportRoll(String period, LocalDate asOf, List<County> counties, int expected, int submitted, int onTime) {

    /**
     * One county's line.
     *
     * @param version     the last submitted version (0 when none)
     * @param submittedAt when that version was submitted, null when none
     * @param onTime      the first version came on or before the 25th
     * @param reason      the city's 退回原因 of the last version, or the revision's reason, null when none
     */
    public record County(String countyCode, String name, ReportStanding standing, String standingZh, int version,
                         Instant submittedAt, boolean onTime, String reason) {
    }

    /** 按时率: on time / expected, as a percentage with two decimals; null when nobody is expected. */
    @JsonProperty("onTimeRate")
    public BigDecimal onTimeRate() {
        return percent(onTime);
    }

    /** 完整率: submitted / expected, as a percentage with two decimals; null when nobody is expected. */
    @JsonProperty("completenessRate")
    public BigDecimal completenessRate() {
        return percent(submitted);
    }

    private BigDecimal percent(int n) {
        return expected == 0 ? null : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
    }
}
