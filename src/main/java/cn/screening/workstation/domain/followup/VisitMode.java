package cn.screening.workstation.domain.followup;

/** How a follow-up visit was made. */
public enum VisitMode {
    PHONE("电话"),
    IN_PERSON("面访");

    private final String zh;

    VisitMode(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
