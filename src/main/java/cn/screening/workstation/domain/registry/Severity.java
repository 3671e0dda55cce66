package cn.screening.workstation.domain.registry;

/** Clinical severity by baseline factor activity: severe &lt;1%, moderate 1–5%, mild &gt;5–40%. */
public enum Severity {
    SEVERE("重型"),
    MODERATE("中间型"),
    MILD("轻型");

    private final String zh;

    Severity(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The class a baseline factor % gives. */
    public static Severity ofFactorPercent(double pct) {
        if (pct < 1) {
            return SEVERE;
        }
        return pct <= 5 ? MODERATE : MILD;
    }
}
