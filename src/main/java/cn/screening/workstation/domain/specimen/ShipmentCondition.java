package cn.screening.workstation.domain.specimen;

/** How a box travels. */
public enum ShipmentCondition {
    /** 常温 (18–25 °C: whole blood is never refrigerated) */
    ROOM_TEMPERATURE,
    /** 冷藏 */
    COOL,
    /** 干冰 (frozen plasma, UN1845) */
    DRY_ICE
}
