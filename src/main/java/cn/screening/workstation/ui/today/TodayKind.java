package cn.screening.workstation.ui.today;

import cn.screening.workstation.service.ledger.LedgerWork;
import cn.screening.workstation.service.report.ReportWork;
import cn.screening.workstation.service.specimen.SpecimenWork;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.ui.shell.Section;
import java.util.Map;
import java.util.Optional;

/** The kinds of work 今日待办 lists, each with the section that does it. */
public enum TodayKind {
    /** a confirmed inhibitor: refer the case now (from its case window) */
    URGENT_REFERRAL(Section.CASES),
    REFERRAL_TO_ANSWER(Section.REFERRALS),
    REFERRAL_ARRIVAL(Section.REFERRALS),
    REFERRAL_TO_BACK_REFER(Section.REFERRALS),
    BACK_REFERRAL_TO_ACKNOWLEDGE(Section.REFERRALS),
    FOLLOW_UP_DUE(Section.FOLLOW_UPS),
    FOLLOW_UP_OVERDUE(Section.FOLLOW_UPS),
    SAMPLES_OVERDUE(Section.SAMPLES),
    /** ledger rows 待核对: one line with the count and the oldest */
    CERTIFICATION_WAITING(Section.CERTIFICATION),
    /** discharged admissions without costs: one line with the count and the oldest */
    ADMISSION_WITHOUT_COSTS(Section.LEDGER),
    /** the monthly report: last month's to submit from the 20th, 逾期 after the 25th, 已退回 by the city, 与已报数据不一致 */
    REPORT_DUE(Section.REPORT), REPORT_OVERDUE(Section.REPORT), REPORT_RETURNED(Section.REPORT), REPORT_DIFFERS(Section.REPORT),
    CONFLICTS(Section.CONFLICTS),
    QUARANTINED(Section.QUARANTINE),
    /** children registered before the guardian signed: their records wait here (rule 10); one line with the count */
    AWAITING_CONSENT(Section.PATIENTS);

    private final Section opens;

    TodayKind(Section opens) {
        this.opens = opens;
    }

    public Section opens() {
        return opens;
    }

    /** The monthly report's reminders: listed one per report, not counted among the referrals. */
    public boolean report() {
        return this == REPORT_DUE || this == REPORT_OVERDUE || this == REPORT_RETURNED || this == REPORT_DIFFERS;
    }

    /** Ledger work is shown as one line per kind (how many, since when), not one line per row. */
    public boolean summed() {
        return this == CERTIFICATION_WAITING || this == ADMISSION_WITHOUT_COSTS || this == AWAITING_CONSENT;
    }

    private static final Map<String, TodayKind> OF_WORK = Map.of(
            SpecimenWork.URGENT_REFERRAL, URGENT_REFERRAL,
            StandardWork.REFERRAL_ANSWER, REFERRAL_TO_ANSWER,
            StandardWork.REFERRAL_ARRIVAL, REFERRAL_ARRIVAL,
            StandardWork.REFERRAL_BACK, REFERRAL_TO_BACK_REFER,
            StandardWork.REFERRAL_ACKNOWLEDGE, BACK_REFERRAL_TO_ACKNOWLEDGE,
            StandardWork.FOLLOW_UP_DUE, FOLLOW_UP_DUE,
            StandardWork.FOLLOW_UP_OVERDUE, FOLLOW_UP_OVERDUE,
            LedgerWork.CERTIFICATION_WAITING, CERTIFICATION_WAITING,
            LedgerWork.ADMISSION_WITHOUT_COSTS, ADMISSION_WITHOUT_COSTS,
            StandardWork.SYNC_CONSENT, AWAITING_CONSENT);

    private static final Map<String, TodayKind> OF_REPORT_WORK = Map.of(ReportWork.DUE, REPORT_DUE, ReportWork.OVERDUE, REPORT_OVERDUE,
            ReportWork.RETURNED, REPORT_RETURNED, ReportWork.DIFFERS, REPORT_DIFFERS);

    /** The row kind of a work item the page lists; empty for work another page shows. */
    public static Optional<TodayKind> of(WorkItem item) {
        TodayKind kind = OF_WORK.getOrDefault(item.kind(), OF_REPORT_WORK.get(item.kind()));
        return Optional.ofNullable(kind == FOLLOW_UP_DUE && item.overdue() ? FOLLOW_UP_OVERDUE : kind);
    }
}
