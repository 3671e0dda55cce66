package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;

/** The report of a county and period as the ledger gives it now, every figure with the ledger rows behind it. */
public record BuiltReport(ReportPeriod period, String countyCode, String countyName, String unit, ReportFigures figures) {
}
