package cn.screening.workstation.domain.specimen;

import java.math.BigDecimal;

/** The class a factor level gives, and the diagnosis FVIII:C, FIX:C and vWF:Ag together suggest. */
public final class SeverityDerivation {

    private final ResultLimits limits;

    public SeverityDerivation(ResultLimits limits) {
        this.limits = limits;
    }

    /** 重型 &lt;1, 中间型 1–5, 轻型 &gt;5–&lt;40, 临界 40–50 (review), else normal. */
    public HemophiliaSeverity derive(FactorActivity f) {
        if (f.belowOne()) {
            return HemophiliaSeverity.SEVERE;
        }
        BigDecimal p = f.percent();
        if (p.compareTo(limits.severeBelow()) < 0) {
            return HemophiliaSeverity.SEVERE;
        }
        if (p.compareTo(limits.moderateMax()) <= 0) {
            return HemophiliaSeverity.MODERATE;
        }
        if (p.compareTo(limits.mildBelow()) < 0) {
            return HemophiliaSeverity.MILD;
        }
        if (p.compareTo(limits.reviewMax()) <= 0) {
            return HemophiliaSeverity.BORDERLINE;
        }
        return HemophiliaSeverity.NORMAL;
    }

    /** Whether a level is low enough to speak of hemophilia at all (below normal, review band included). */
    public boolean deficient(FactorActivity f) {
        return f != null && derive(f) != HemophiliaSeverity.NORMAL;
    }

    /**
     * The diagnosis the numbers suggest: a low vWF:Ag points to von Willebrand disease (which also
     * lowers FVIII); otherwise the lower deficient factor names the hemophilia; none deficient excludes.
     */
    public Diagnosis suggest(FactorActivity fviii, FactorActivity fix, BigDecimal vwfAg) {
        boolean lowVwf = vwfAg != null && vwfAg.compareTo(limits.vwfLowPercent()) < 0;
        boolean lowViii = deficient(fviii);
        boolean lowIx = deficient(fix);
        if (lowVwf) {
            return Diagnosis.SUSPECTED_VWD;
        }
        if (lowViii && (!lowIx || fviii.comparable().compareTo(fix.comparable()) <= 0)) {
            return Diagnosis.HEMOPHILIA_A;
        }
        if (lowIx) {
            return Diagnosis.HEMOPHILIA_B;
        }
        return Diagnosis.EXCLUDED;
    }

    /** The factor a hemophilia diagnosis rests on: FVIII:C for A, FIX:C for B; null otherwise. */
    public static FactorActivity factorOf(Diagnosis d, FactorActivity fviii, FactorActivity fix) {
        return d == Diagnosis.HEMOPHILIA_A ? fviii : d == Diagnosis.HEMOPHILIA_B ? fix : null;
    }
}
