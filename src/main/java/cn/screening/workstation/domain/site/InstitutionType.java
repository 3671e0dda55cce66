package cn.screening.workstation.domain.site;

/** 机构类型 of the site a workstation serves. */
public enum InstitutionType {
    /** 乡镇卫生院 */
    TOWNSHIP,
    /** 县医院 */
    COUNTY,
    /** 定点医院 */
    DESIGNATED
}
