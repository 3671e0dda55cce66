package cn.screening.workstation.domain.specimen;

/** A box is open while tubes go in and out; once dispatched it is closed for good. */
public enum ShipmentStatus {
    /** 装箱中 */
    OPEN,
    /** 已发出 */
    DISPATCHED
}
