package cn.screening.workstation.domain.screening;

/** The classification the screening form derives (DOMAIN §1, decision support). */
public enum ScreeningClass {
    /** 疑似 */
    SUSPECTED,
    /** 高度疑似 */
    HIGHLY_SUSPECTED,
    /** 疑似抑制物/获得性: mark for urgent referral */
    SUSPECTED_INHIBITOR,
    /** 未达疑似标准: no trigger, no family history, no lab finding */
    NOT_SUSPECTED
}
