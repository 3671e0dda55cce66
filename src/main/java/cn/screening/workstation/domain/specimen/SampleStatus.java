package cn.screening.workstation.domain.specimen;

/** Where a tube stands at the county that drew it; receipt and result are the hospital's records. */
public enum SampleStatus {
    /** 已采血 */
    DRAWN,
    /** 已装箱 */
    PACKED,
    /** 已发出 */
    DISPATCHED
}
