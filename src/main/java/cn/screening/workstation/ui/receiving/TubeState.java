package cn.screening.workstation.ui.receiving;

/** Where a tube stands in the reconciliation of a box being received. */
public enum TubeState {
    /** 已到 */
    ARRIVED,
    /** 缺失 */
    MISSING,
    /** 意外（不在清单） */
    UNEXPECTED,
    /** 属于其他箱 */
    OTHER_BOX
}
