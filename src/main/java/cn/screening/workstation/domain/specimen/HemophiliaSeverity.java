package cn.screening.workstation.domain.specimen;

/** The clinical class of a factor level (DOMAIN §1 "Severity"). */
public enum HemophiliaSeverity {
    /** 重型 &lt;1% */
    SEVERE,
    /** 中间型 1–5% */
    MODERATE,
    /** 轻型 &gt;5% to &lt;40% */
    MILD,
    /** 临界值 40–50%: for specialist review */
    BORDERLINE,
    /** 正常 */
    NORMAL
}
