package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportRules;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A monthly report (domain.report.MonthlyReport as JSON), owned by the county hospital or health
 * bureau that reports. Judged by the workstation's ReportRules: one record per (county, period) —
 * its id is derived from both, so a second report of the period is the same record and a second
 * device's copy meets the first as a conflict — versions 1, 2, … with at most one draft, the last;
 * a revision with a reason; 逾期 as the dates say; and a submitted version never changes, whatever
 * a client sends.
 */
final class MonthlyReportRules implements EntityRules {

    private final SiteRegistry sites;

    MonthlyReportRules(SiteRegistry sites) {
        this.sites = sites;
    }

    private static final Map<String, String> FIELDS = Map.of("report.period", "period", "report.county", "countyCode",
            "report.versions", "versions", "report.reason", "versions", "report.late", "versions");

    @Override
    public String owner(com.fasterxml.jackson.databind.JsonNode payload) {
        return EntityRules.text(payload, "site");
    }

    /** Sent to the county as a whole: its hospital and its health bureau both hold the county's report. */
    @Override
    public String addressedTo(com.fasterxml.jackson.databind.JsonNode payload) {
        String county = EntityRules.text(payload, "countyCode");
        return county == null ? null : SiteRegistry.countyAddress(county);
    }

    /** Either reporting site of the county may revise the county's report, whichever submitted it. */
    @Override
    public boolean sharedWithAddressee() {
        return true;
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String f : List.of("site", "countyCode", "period")) {
            EntityRules.require(payload, f, out);
        }
        if (!out.isEmpty()) {
            return out;
        }
        DomainChecks.read(payload, MonthlyReport.class, out)
                .ifPresent(r -> DomainChecks.addErrors(new ValidationResult(ReportRules.check(r)), FIELDS, out));
        return out;
    }

    @Override
    public List<Reason> checkUpdate(Pusher who, StoredRecord before, ObjectNode after) {
        List<Reason> out = new ArrayList<>();
        Optional<MonthlyReport> earlier = DomainChecks.read(before.payload(), MonthlyReport.class, out);
        Optional<MonthlyReport> later = DomainChecks.read(after, MonthlyReport.class, out);
        if (earlier.isPresent() && later.isPresent()) {
            DomainChecks.addErrors(new ValidationResult(ReportRules.checkChange(earlier.get(), later.get())), FIELDS, out);
            if (!earlier.get().reviews().equals(later.get().reviews())) {
                out.add(CITY_ONLY);
            }
        }
        return out;
    }

    /** The city's review is written on the server (`server report review`), never pushed by a workstation. */
    static final Reason CITY_ONLY = new Reason("report.review_city_only", "reviews", "月报表的审核结果（已审核/已退回）只能由市级在服务器上填写");

    /** The report is owned by a county hospital or a county health bureau, and of its own county; a new one carries no review. */
    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        if (before == null && after.path("reviews").size() > 0) {
            return List.of(CITY_ONLY);
        }
        String owner = EntityRules.text(after, "site");
        String county = EntityRules.text(after, "countyCode");
        Optional<SiteInfo> site = owner == null ? Optional.empty() : sites.find(c, owner);
        boolean reporter = site.isPresent() && SiteRegistry.REPORTERS.contains(site.get().type());
        if (!reporter || site.get().divisionCode() == null || !site.get().divisionCode().startsWith(county)) {
            return List.of(new Reason("report.not_own_county", "countyCode", "月报表只能由本县的县医院或县卫生健康局填报：" + county));
        }
        return List.of();
    }

    /** A report with a submitted version is never deleted: it was sent to the city. */
    List<Reason> checkDeletion(StoredRecord before, boolean deleted) {
        List<Reason> out = new ArrayList<>();
        if (deleted && before != null && !before.deleted()) {
            DomainChecks.read(before.payload(), MonthlyReport.class, out).filter(r -> r.lastSubmitted().isPresent())
                    .ifPresent(r -> out.add(new Reason("report.frozen", "deleted", "已提交的月报表不能删除，请以修订更正")));
        }
        return out;
    }
}
