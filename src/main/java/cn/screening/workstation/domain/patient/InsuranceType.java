package cn.screening.workstation.domain.patient;

/** 医疗保障: the patient's basic medical insurance. */
public enum InsuranceType {
    /** 城乡居民基本医疗保险 (includes the former 新农合) */
    RESIDENT,
    /** 城镇职工基本医疗保险 */
    EMPLOYEE,
    /** 无 */
    NONE,
    /** 其他 */
    OTHER,
    /** 未登记: the source (e.g. an imported list) did not say */
    UNKNOWN
}
