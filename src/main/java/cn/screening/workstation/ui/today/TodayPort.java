package cn.screening.workstation.ui.today;

import java.time.LocalDate;
import java.util.List;

/** What 今日待办 asks of the session: each list or count read off the FX thread. */
public interface TodayPort {

    /**
     * Referrals waiting on this side (to answer, to see, to send back, to acknowledge) and follow-ups
     * due within the week or overdue at this site.
     */
    List<Waiting> waiting();

    /** Samples past their deadline; 0 until this workstation keeps samples. */
    int samplesOverdue();

    int openConflicts();

    int quarantined();

    /** One thing waiting for somebody here; its title names the patient masked. */
    record Waiting(TodayKind kind, String title, LocalDate date) {
    }
}
