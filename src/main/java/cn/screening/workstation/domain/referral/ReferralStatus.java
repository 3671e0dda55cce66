package cn.screening.workstation.domain.referral;

/** Where a referral stands (DOMAIN §5): the main path and its side exits. */
public enum ReferralStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    ACCEPTED("已接收"),
    ADMITTED("已就诊/住院"),
    BACK_REFERRED("已下转"),
    BACK_RECEIVED("基层已接收"),
    CLOSED("已结案"),
    REJECTED("已拒绝"),
    WITHDRAWN("已撤回"),
    EXPIRED("已过期"),
    NO_SHOW("患者未到");

    private final String zh;

    ReferralStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** No move leaves this status. */
    public boolean isFinal() {
        return ReferralMove.from(this).isEmpty();
    }
}
