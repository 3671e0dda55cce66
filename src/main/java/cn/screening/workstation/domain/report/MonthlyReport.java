package cn.screening.workstation.domain.report;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The monthly report (统计月报表) of one county and period with all its versions: one record per
 * (county, period) across the province. Its id is derived from the county and the period, so two
 * workstations that start the same report offline write the same record and meet as a conflict at
 * the server instead of as two reports.
 *
 * @param site   the reporting site (the county hospital or the county's health bureau), its owner
 * @param unit    填报单位 as printed
 * @param reviews the city's reviews, oldest first, at most one per submitted version; only the server adds them
 */
public record MonthlyReport(UUID id, String site, String countyCode, String period, String unit, List<ReportVersion> versions,
                            List<ReportReview> reviews, SyncMeta meta) implements Synced<MonthlyReport> {

    public MonthlyReport {
        versions = versions == null ? List.of() : List.copyOf(versions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A report the city has not reviewed. */
    public MonthlyReport(UUID id, String site, String countyCode, String period, String unit, List<ReportVersion> versions,
                         SyncMeta meta) {
        this(id, site, countyCode, period, unit, versions, List.of(), meta);
    }

    /** The one id of a county's report for a period. */
    public static UUID idOf(String countyCode, String period) {
        return UUID.nameUUIDFromBytes(("monthly_report:" + countyCode + ":" + period).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public MonthlyReport withMeta(SyncMeta m) {
        return new MonthlyReport(id, site, countyCode, period, unit, versions, reviews, m);
    }

    public ReportVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The latest frozen version, if any has been submitted. */
    public Optional<ReportVersion> lastSubmitted() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).frozen()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** With the latest version replaced (a draft refreshed or submitted) or a new one added. */
    public MonthlyReport withVersion(ReportVersion v) {
        List<ReportVersion> list = new ArrayList<>(versions);
        if (!list.isEmpty() && list.get(list.size() - 1).number() == v.number()) {
            list.set(list.size() - 1, v);
        } else {
            list.add(v);
        }
        return new MonthlyReport(id, site, countyCode, period, unit, list, reviews, meta);
    }

    /**
     * The city's verdict on the last submitted version, if it has given one: a review of an earlier
     * version no longer counts once a revision supersedes it (a returned report revised is 已提交 again).
     */
    public Optional<ReportReview> currentReview() {
        Optional<ReportVersion> last = lastSubmitted();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        int n = last.get().number();
        return reviews.stream().filter(r -> r.version() == n).reduce((a, b) -> b);
    }

    /** With the city's review added. */
    public MonthlyReport withReview(ReportReview review) {
        List<ReportReview> list = new ArrayList<>(reviews);
        list.add(review);
        return new MonthlyReport(id, site, countyCode, period, unit, versions, list, meta);
    }
}
