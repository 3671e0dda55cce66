package cn.screening.workstation.domain.specimen;

/** How FVIII:C / FIX:C were measured (DOMAIN §1: the method is recorded with the result). */
public enum AssayMethod {
    /** 一期法 */
    ONE_STAGE,
    /** 发色底物法 */
    CHROMOGENIC
}
