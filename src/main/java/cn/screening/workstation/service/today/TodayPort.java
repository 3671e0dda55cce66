package cn.screening.workstation.service.today;

import java.util.List;

/** What 今日待办 asks of the session: each list or count read off the FX thread. */
public interface TodayPort {

    /**
     * Referrals waiting on this side (to answer, to see, to send back, to acknowledge) and follow-ups
     * due within the week or overdue at this site.
     */
    List<WorkItem> waiting();

    /** Samples past their deadline; 0 until this workstation keeps samples. */
    int samplesOverdue();

    int openConflicts();

    int quarantined();
}
