package cn.screening.workstation.domain.specimen;

/** Why the lab refuses a tube (DOMAIN §2 "Rejection codes"); the Chinese labels are in the bundles. */
public enum RejectionReason {
    /** 标本凝集 */
    CLOTTED,
    /** 溶血 */
    HAEMOLYSED,
    /** 采血量不足或过量 */
    UNDER_FILLED,
    /** 抗凝管错误 */
    WRONG_TUBE,
    /** 超过时限 */
    OVER_TIME,
    /** 运输中解冻 */
    THAWED,
    /** 渗漏 */
    LEAKING,
    /** 标签不符 */
    LABEL_MISMATCH,
    /** 肝素污染 */
    HEPARIN_CONTAMINATION
}
