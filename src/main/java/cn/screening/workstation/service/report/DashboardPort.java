package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.report.Dashboard;
import java.time.YearMonth;

/** What the 统计看板 screen asks of the service: the county's series for the twelve months to {@code end}. */
@FunctionalInterface
public interface DashboardPort {

    Dashboard dashboard(YearMonth end);
}
