package cn.screening.workstation.domain.followup;

/** What set a bleed off (DOMAIN §3). */
public enum BleedCause {
    SPONTANEOUS("自发"),
    TRAUMA("外伤"),
    SURGERY("手术");

    private final String zh;

    BleedCause(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
