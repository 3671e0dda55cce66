package cn.screening.workstation.store;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.SyncedRows.Column;
import java.util.List;

/** The monthly reports' table: the versions in the JSON payload, county, period and latest status as columns for the list. */
public final class ReportRecords {

    private ReportRecords() {
    }

    public static SyncedTable<MonthlyReport> reports(Outbox outbox, AuditLog audit) {
        return SyncedRows.table(EntityTypes.MONTHLY_REPORT, "monthly_report", MonthlyReport.class, List.of(
                new Column<>("site_code", MonthlyReport::site),
                new Column<>("county_code", MonthlyReport::countyCode),
                new Column<>("period", MonthlyReport::period),
                new Column<>("status", r -> r.latest().status()),
                new Column<>("versions", r -> r.versions().size())), outbox, audit);
    }
}
