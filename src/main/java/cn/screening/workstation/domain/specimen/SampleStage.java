package cn.screening.workstation.domain.specimen;

/** The steps of a sample's journey, in order. */
public enum SampleStage {
    /** 采血 */
    DRAWN,
    /** 装箱 */
    PACKED,
    /** 发出 */
    DISPATCHED,
    /** 接收 */
    RECEIVED,
    /** 拒收 */
    REJECTED,
    /** 出结果 */
    RESULTED
}
