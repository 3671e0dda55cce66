package cn.screening.workstation.domain.patient;

/** 人员类别 as the poverty-relief database lists it. */
public enum PovertyStatus {
    /** 一般人员: none of the categories below. */
    NONE,
    /** 建档立卡贫困户 */
    REGISTERED_POOR,
    /** 低保 */
    MINIMUM_LIVING,
    /** 特困 */
    EXTREME_POVERTY,
    /** 计生特殊困难家庭 */
    FAMILY_PLANNING_HARDSHIP
}
