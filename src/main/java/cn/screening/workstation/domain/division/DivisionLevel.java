package cn.screening.workstation.domain.division;

/** The five levels of GB/T 2260 plus the statistics bureau's township and village codes. */
public enum DivisionLevel {
    /** 省级, 2 digits */
    PROVINCE(2),
    /** 地级, 4 digits */
    CITY(4),
    /** 县级, 6 digits */
    COUNTY(6),
    /** 乡级 (镇、乡、街道), 9 digits */
    TOWNSHIP(9),
    /** 村级 (村委会、居委会), 12 digits */
    VILLAGE(12);

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a code of this length belongs to, or null. */
    public static DivisionLevel ofCodeLength(int length) {
        for (DivisionLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        return null;
    }
}
