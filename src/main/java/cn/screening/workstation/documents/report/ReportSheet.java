package cn.screening.workstation.documents.report;

import cn.screening.workstation.domain.report.ReportFigures;

/**
 * What the printed monthly report shows besides its tables: 填报单位, 报告期, status and version as
 * the header has them, who filled it in, and whether it is 逾期 or differs from the ledger now.
 */
public record ReportSheet(String unit, String period, String status, int version, boolean late, String filledBy,
                          boolean differsFromLedger, ReportFigures figures) {
}
