package cn.screening.workstation.domain.cases;

/** Where a case stands. Every case starts at {@link #SUSPECTED}; later issues move it on. */
public enum CaseStatus {
    /** 疑似 */
    SUSPECTED,
    /** 已送样 */
    SAMPLE_SENT,
    /** 已确诊 */
    CONFIRMED,
    /** 已排除 */
    EXCLUDED,
    /** 已转诊 */
    REFERRED,
    /** 已结案 */
    CLOSED,
    /** 需重新采样: the lab rejected the case's sample */
    REDRAW_REQUESTED
}
