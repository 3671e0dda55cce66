package cn.screening.workstation.domain.specimen;

/** What the lab concludes from a sample. */
public enum Diagnosis {
    /** 血友病A */
    HEMOPHILIA_A,
    /** 血友病B */
    HEMOPHILIA_B,
    /** 疑似血管性血友病 */
    SUSPECTED_VWD,
    /** 排除 */
    EXCLUDED;

    public boolean hemophilia() {
        return this == HEMOPHILIA_A || this == HEMOPHILIA_B;
    }
}
