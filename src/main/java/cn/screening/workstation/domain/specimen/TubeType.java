package cn.screening.workstation.domain.specimen;

/** The tube blood was drawn into; factor assays need 3.2% citrate (DOMAIN §2, rule 19). */
public enum TubeType {
    /** 3.2%枸橼酸钠 */
    CITRATE_3_2,
    /** 3.8%枸橼酸钠 */
    CITRATE_3_8,
    /** EDTA */
    EDTA,
    /** 肝素 */
    HEPARIN,
    /** 血清（无抗凝） */
    SERUM
}
