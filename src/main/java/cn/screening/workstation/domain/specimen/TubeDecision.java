package cn.screening.workstation.domain.specimen;

/** The lab's word on one arrived tube. */
public enum TubeDecision {
    /** 接收 */
    ACCEPTED,
    /** 拒收 */
    REJECTED
}
