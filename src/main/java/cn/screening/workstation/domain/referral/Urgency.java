package cn.screening.workstation.domain.referral;

/** How soon the receiving hospital should see the patient. */
public enum Urgency {
    ROUTINE("普通"),
    URGENT("紧急"),
    EMERGENCY("急诊");

    private final String zh;

    Urgency(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
