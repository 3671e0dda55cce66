package cn.screening.workstation.domain.ledger;

/** 救治效果 of one admission. */
public enum TreatmentOutcome {
    CURED("治愈"),
    IMPROVED("好转"),
    NOT_CURED("未愈"),
    DIED("死亡"),
    OTHER("其他");

    private final String zh;

    TreatmentOutcome(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
