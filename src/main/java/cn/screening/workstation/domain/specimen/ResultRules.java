package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads typed lab results and holds them to DOMAIN §8 rules 11–17. */
public final class ResultRules {

    public static final String FVIII = "result.fviii";
    public static final String FIX = "result.fix";
    public static final String METHOD = "result.method";
    public static final String VWF = "result.vwfAg";
    public static final String BETHESDA = "result.bethesda";
    public static final String DIAGNOSIS = "result.diagnosis";
    public static final String SEVERITY = "result.severity";
    private static final BigDecimal MAX_PERCENT = new BigDecimal("300");
    private static final String FEMALE = "2";

    private final ResultLimits limits;
    private final SeverityDerivation derivation;

    public ResultRules(ResultLimits limits) {
        this.limits = limits;
        this.derivation = new SeverityDerivation(limits);
    }

    public SeverityDerivation derivation() {
        return derivation;
    }

    /** Reads and checks an entry for the patient of the given sex code. */
    public ResultCheck check(ResultEntry e, String sexCode) {
        List<Violation> out = new ArrayList<>();
        FactorActivity fviii = factor(e.fviii(), FVIII, out);
        FactorActivity fix = factor(e.fix(), FIX, out);
        BigDecimal vwf = number(e.vwfAg(), VWF, out);
        if (vwf != null && (vwf.signum() < 0 || vwf.compareTo(MAX_PERCENT) > 0)) {
            out.add(Violation.error(VWF, "specimen.result.percent_range"));
        }
        BigDecimal titre = number(e.bethesdaBu(), BETHESDA, out);
        if (titre != null && titre.signum() < 0) {
            out.add(Violation.error(BETHESDA, "specimen.result.titre"));
        }
        if ((fviii != null || fix != null) && e.method() == null) {
            out.add(Violation.error(METHOD, "specimen.result.method"));
        }
        if (blank(e.fviii()) && blank(e.fix()) && blank(e.vwfAg()) && blank(e.bethesdaBu())) {
            out.add(Violation.error(FVIII, "specimen.result.empty"));
        }
        boolean readable = out.isEmpty();
        Diagnosis suggested = readable ? derivation.suggest(fviii, fix, vwf) : null;
        FactorActivity basis = suggested == null ? null : SeverityDerivation.factorOf(suggested, fviii, fix);
        HemophiliaSeverity derived = basis == null ? null : derivation.derive(basis);
        boolean positive = titre != null && titre.compareTo(limits.inhibitorPositive()) >= 0
                || e.inhibitorScreen() == InhibitorScreen.POSITIVE && titre == null;
        boolean high = titre != null && titre.compareTo(limits.highTitreAbove()) > 0;
        boolean review = derived == HemophiliaSeverity.BORDERLINE;
        HemophiliaSeverity severity = null;
        if (readable && e.diagnosis() != null) {
            severity = checkDiagnosis(e, sexCode, fviii, fix, vwf, out);
        }
        return new ResultCheck(new ValidationResult(out), fviii, fix, vwf, titre, derived, suggested, positive, high, review, severity);
    }

    /** Rules 12–15 and 17 for a confirmed diagnosis; returns the class that will stand. */
    private HemophiliaSeverity checkDiagnosis(ResultEntry e, String sexCode, FactorActivity fviii, FactorActivity fix,
                                              BigDecimal vwf, List<Violation> out) {
        Diagnosis d = e.diagnosis();
        if (!d.hemophilia()) {
            return null;
        }
        FactorActivity basis = SeverityDerivation.factorOf(d, fviii, fix);
        if (basis == null) {
            out.add(Violation.error(d == Diagnosis.HEMOPHILIA_A ? FVIII : FIX, "specimen.result.factor_required"));
            return null;
        }
        if (vwf == null && blank(e.vwfNotDoneReason())) {
            out.add(Violation.error(VWF, "specimen.result.vwf_required"));
        }
        HemophiliaSeverity derived = derivation.derive(basis);
        HemophiliaSeverity chosen = e.severity() != null ? e.severity() : derived;
        if (chosen != derived && blank(e.overrideReason())) {
            out.add(Violation.error(SEVERITY, "specimen.result.severity_mismatch"));
        }
        if (derived == HemophiliaSeverity.BORDERLINE) {
            out.add(Violation.warning(d == Diagnosis.HEMOPHILIA_A ? FVIII : FIX, "specimen.result.borderline"));
        }
        if (FEMALE.equals(sexCode)) {
            out.add(Violation.warning(DIAGNOSIS, "screening.female"));
        }
        return chosen;
    }

    private static FactorActivity factor(String text, String field, List<Violation> out) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().replace("％", "").replace("%", "").strip();
        if (t.equals(FactorActivity.BELOW_ONE) || t.equals("＜1")) {
            return FactorActivity.lessThanOne();
        }
        BigDecimal v = number(t, field, out);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(MAX_PERCENT) > 0) {
            out.add(Violation.error(field, "specimen.result.factor_range"));
            return null;
        }
        return new FactorActivity(v, false);
    }

    private static BigDecimal number(String text, String field, List<Violation> out) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            out.add(Violation.error(field, "specimen.result.not_number", text.strip()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
