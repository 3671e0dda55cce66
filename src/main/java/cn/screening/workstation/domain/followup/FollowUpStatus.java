package cn.screening.workstation.domain.followup;

/** Whether a follow-up schedule still runs. */
public enum FollowUpStatus {
    ACTIVE("随访中"),
    LOST("失访"),
    ENDED("已结束");

    private final String zh;

    FollowUpStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
