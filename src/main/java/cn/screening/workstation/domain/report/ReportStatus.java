package cn.screening.workstation.domain.report;

/** Where a version of the monthly report stands: 草稿 until submitted, then 已提交 and frozen. */
public enum ReportStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交");

    private final String zh;

    ReportStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
