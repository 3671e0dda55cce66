package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportRules;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoredRecord;
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

    private static final Map<String, String> FIELDS = Map.of("report.period", "period", "report.county", "countyCode",
            "report.versions", "versions", "report.reason", "versions", "report.late", "versions");

    @Override
    public String owner(com.fasterxml.jackson.databind.JsonNode payload) {
        return EntityRules.text(payload, "site");
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
        }
        return out;
    }
}
