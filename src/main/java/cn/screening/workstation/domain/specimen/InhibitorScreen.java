package cn.screening.workstation.domain.specimen;

/** The inhibitor screen before a Bethesda titre. */
public enum InhibitorScreen {
    /** 未做 */
    NOT_DONE,
    /** 阴性 */
    NEGATIVE,
    /** 阳性 */
    POSITIVE
}
