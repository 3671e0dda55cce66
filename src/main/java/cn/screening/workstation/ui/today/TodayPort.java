package cn.screening.workstation.ui.today;

import java.time.LocalDate;
import java.util.List;

/** What 今日待办 asks of the session: each list or count read off the FX thread. */
public interface TodayPort {

    /** Up-referrals to answer (at the designated hospital) or back-referrals to acknowledge (at the sender). */
    List<Waiting> referrals();

    /** Follow-up visits due by today at this site, overdue ones included. */
    List<Waiting> followUps();

    /** Samples past their deadline; 0 until this workstation keeps samples. */
    int samplesOverdue();

    int openConflicts();

    int quarantined();

    /** One thing waiting for somebody here, the patient masked. */
    record Waiting(TodayKind kind, String maskedName, String reference, LocalDate date) {
    }
}
