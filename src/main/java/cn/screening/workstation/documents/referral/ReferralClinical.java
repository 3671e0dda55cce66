package cn.screening.workstation.documents.referral;

import cn.screening.workstation.documents.Fields;

/**
 * The clinical part of an up-referral (DOMAIN §5): why the patient goes, what is thought, what was
 * found, and what to watch on the way. Multi-line text is wrapped to the form.
 *
 * @param purpose              转诊目的 (rule 27: required)
 * @param preliminaryDiagnosis 初步诊断
 * @param clinicalSummary      病情摘要: history, tests, treatment
 * @param screeningResults     筛查/检验结果, e.g. APTT 78 s (参考 28–40 s)，混合试验可纠正; may be empty
 * @param precautions          注意事项; may be empty
 */
public record ReferralClinical(String purpose, String preliminaryDiagnosis, String clinicalSummary,
                               String screeningResults, String precautions) {

    public ReferralClinical {
        purpose = Fields.masked("purpose", Fields.required("purpose", purpose));
        preliminaryDiagnosis = Fields.masked("preliminaryDiagnosis", Fields.required("preliminaryDiagnosis", preliminaryDiagnosis));
        clinicalSummary = Fields.masked("clinicalSummary", Fields.optional(clinicalSummary));
        screeningResults = Fields.masked("screeningResults", Fields.optional(screeningResults));
        precautions = Fields.masked("precautions", Fields.optional(precautions));
    }
}
