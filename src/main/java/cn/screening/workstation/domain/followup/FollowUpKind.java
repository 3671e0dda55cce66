package cn.screening.workstation.domain.followup;

/** Why a patient is followed up. */
public enum FollowUpKind {
    /** 确诊血友病定期随访 */
    ROUTINE("定期随访"),
    /** 抑制物复查 */
    INHIBITOR_RETEST("抑制物复查"),
    /** 下转后随访 */
    AFTER_BACK_REFERRAL("下转后随访");

    private final String zh;

    FollowUpKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
