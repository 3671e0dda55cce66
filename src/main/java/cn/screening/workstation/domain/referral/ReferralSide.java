package cn.screening.workstation.domain.referral;

/** The two ends of a referral: the site that sends the patient up, and the hospital that receives them. */
public enum ReferralSide {
    /** 转出方 (township or county) */
    SENDER("转出方"),
    /** 接收方 (the receiving hospital) */
    RECEIVER("接收方");

    private final String zh;

    ReferralSide(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
