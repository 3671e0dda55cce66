package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What a referral letter must hold before it is sent (DOMAIN §5, §8 rule 27). */
public final class ReferralRules {

    /** Setting key of the reference data: how many days a letter stays valid (provincial policy). */
    public static final String KEY_VALIDITY_DAYS = "referralValidityDays";
    /** Until the server's setting has arrived. */
    public static final int DEFAULT_VALIDITY_DAYS = 30;

    private ReferralRules() {
    }

    /**
     * @param knownSite whether a site code is in the reference data's site list
     */
    public static ValidationResult checkLetter(Referral r, Predicate<String> knownSite) {
        List<Violation> out = new ArrayList<>();
        if (blank(r.toSite())) {
            out.add(Violation.error("toSite", "referral.to_site.required"));
        } else if (!knownSite.test(r.toSite())) {
            out.add(Violation.error("toSite", "referral.to_site.unknown", r.toSite()));
        } else if (r.toSite().equals(r.fromSite())) {
            out.add(Violation.error("toSite", "referral.to_site.self"));
        }
        if (blank(r.purpose())) {
            out.add(Violation.error("purpose", "referral.purpose.required"));
        }
        if (blank(r.preliminaryDiagnosis())) {
            out.add(Violation.error("preliminaryDiagnosis", "referral.diagnosis.required"));
        }
        if (r.urgency() == null) {
            out.add(Violation.error("urgency", "referral.urgency.required"));
        }
        if (r.validFrom() == null || r.validUntil() == null) {
            out.add(Violation.error("validUntil", "referral.validity.required"));
        } else if (r.validUntil().isBefore(r.validFrom())) {
            out.add(Violation.error("validUntil", "referral.validity.order"));
        }
        return new ValidationResult(out);
    }

    /** What a back-referral must hold before it goes down. */
    public static ValidationResult checkBackReferral(BackReferral b) {
        List<Violation> out = new ArrayList<>();
        if (b == null || blank(b.diagnosis())) {
            out.add(Violation.error("backReferral.diagnosis", "referral.back.diagnosis.required"));
        }
        if (b == null || blank(b.nextTreatmentPlan())) {
            out.add(Violation.error("backReferral.nextTreatmentPlan", "referral.back.plan.required"));
        }
        if (b != null && b.conclusion() != null && !CaseAfterReferral.isConclusion(b.conclusion())) {
            out.add(Violation.error("backReferral.conclusion", "referral.back.conclusion.invalid"));
        }
        return new ValidationResult(out);
    }

    /** An admission as an inpatient needs the inpatient number. */
    public static ValidationResult checkArrival(boolean inpatient, String inpatientNo) {
        return inpatient && blank(inpatientNo)
                ? new ValidationResult(List.of(Violation.error("inpatientNo", "referral.inpatient_no.required")))
                : ValidationResult.OK;
    }

    /** The letter names a patient this workstation does not hold. */
    public static Violation unknownPatient() {
        return Violation.error("patientId", "referral.patient.required");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
