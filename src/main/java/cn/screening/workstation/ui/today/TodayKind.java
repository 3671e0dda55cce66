package cn.screening.workstation.ui.today;

import cn.screening.workstation.ui.shell.Section;

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
    CONFLICTS(Section.CONFLICTS),
    QUARANTINED(Section.QUARANTINE);

    private final Section opens;

    TodayKind(Section opens) {
        this.opens = opens;
    }

    public Section opens() {
        return opens;
    }
}
