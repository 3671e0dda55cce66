package cn.screening.workstation.domain.ledger;

/** 核对认定 of a 救治对象 by the county and the poverty and civil-affairs offices. */
public enum Certification {
    PENDING("待核对"),
    CERTIFIED("已认定"),
    NOT_CERTIFIED("不予认定");

    private final String zh;

    Certification(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
