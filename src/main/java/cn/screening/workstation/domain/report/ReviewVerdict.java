package cn.screening.workstation.domain.report;

/** The city's verdict on a submitted version of a county's monthly report (decision 0021). */
public enum ReviewVerdict {
    APPROVED("已审核"),
    RETURNED("已退回");

    private final String zh;

    ReviewVerdict(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
