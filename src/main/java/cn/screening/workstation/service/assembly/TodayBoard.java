package cn.screening.workstation.service.assembly;

import cn.screening.workstation.service.today.TodayPort;
import cn.screening.workstation.service.today.WorkItem;
import java.util.List;

/** 今日待办's reads: the work items of every feature and the counts of what waits on sync, one service each. */
final class TodayBoard implements TodayPort {

    private final Services services;

    TodayBoard(Services services) {
        this.services = services;
    }

    @Override
    public List<WorkItem> waiting() {
        return services.todaysWork().today().items();
    }

    @Override
    public int samplesOverdue() {
        return services.specimens().tracking().overdue().size();
    }

    @Override
    public int openConflicts() {
        return services.syncConflicts().open().size();
    }

    @Override
    public int quarantined() {
        return services.quarantine().list().size();
    }
}
