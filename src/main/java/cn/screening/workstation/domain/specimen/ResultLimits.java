package cn.screening.workstation.domain.specimen;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds results are read against (DOMAIN §1). The class bounds follow [S5, S2]; the
 * inhibitor cut-off (0.6 BU/mL, WFH 2020) and the low vWF:Ag line are marked [GK] there, so all
 * are settings with these defaults.
 *
 * @param severeBelow        below this % is 重型
 * @param moderateMax        up to this % is 中间型
 * @param mildBelow          below this % is 轻型
 * @param reviewMax          from mildBelow up to this % is flagged for review
 * @param inhibitorPositive  a titre at or above this (BU/mL) is positive and flags urgent referral
 * @param highTitreAbove     above this (BU/mL) is high titre (ISTH)
 * @param vwfLowPercent      a vWF:Ag below this % suggests von Willebrand disease
 */
public record ResultLimits(BigDecimal severeBelow, BigDecimal moderateMax, BigDecimal mildBelow, BigDecimal reviewMax,
                           BigDecimal inhibitorPositive, BigDecimal highTitreAbove, BigDecimal vwfLowPercent) {

    public static final String SEVERE_BELOW = "severeBelowPercent";
    public static final String MODERATE_MAX = "moderateMaxPercent";
    public static final String MILD_BELOW = "mildBelowPercent";
    public static final String REVIEW_MAX = "reviewMaxPercent";
    public static final String INHIBITOR_POSITIVE = "inhibitorPositiveBu";
    public static final String HIGH_TITRE = "highTitreAboveBu";
    public static final String VWF_LOW = "vwfLowPercent";

    public static final ResultLimits DEFAULT = new ResultLimits(new BigDecimal("1"), new BigDecimal("5"), new BigDecimal("40"),
            new BigDecimal("50"), new BigDecimal("0.6"), new BigDecimal("5"), new BigDecimal("50"));

    public ResultLimits {
        if (severeBelow.compareTo(moderateMax) > 0 || moderateMax.compareTo(mildBelow) >= 0 || mildBelow.compareTo(reviewMax) > 0) {
            throw new IllegalArgumentException("severity bounds out of order");
        }
    }

    /** The defaults with whatever the given settings (key → number) override. */
    public static ResultLimits of(Map<String, ? extends Number> s) {
        ResultLimits d = DEFAULT;
        return new ResultLimits(pick(s, SEVERE_BELOW, d.severeBelow), pick(s, MODERATE_MAX, d.moderateMax),
                pick(s, MILD_BELOW, d.mildBelow), pick(s, REVIEW_MAX, d.reviewMax), pick(s, INHIBITOR_POSITIVE, d.inhibitorPositive),
                pick(s, HIGH_TITRE, d.highTitreAbove), pick(s, VWF_LOW, d.vwfLowPercent));
    }

    private static BigDecimal pick(Map<String, ? extends Number> s, String key, BigDecimal fallback) {
        Number n = s.get(key);
        return n == null ? fallback : new BigDecimal(n.toString());
    }
}
