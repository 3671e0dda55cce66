package cn.screening.workstation.documents;

/**
 * The patient as a printed document shows them: already masked by the caller
 * (domain.identity.Masking), so a renderer never holds a full name or ID number.
 *
 * @param maskedName     e.g. 张*
 * @param sex            the printed label, e.g. 男
 * @param age            the printed age, e.g. 8岁 or 5月
 * @param caseNumber     the case number, e.g. 2107270001-2026-00001
 * @param maskedIdNumber e.g. 110105********002X; may be empty
 */
public record MaskedPatient(String maskedName, String sex, String age, String caseNumber, String maskedIdNumber) {

    public MaskedPatient {
        maskedName = Fields.masked("patientName", Fields.required("patientName", maskedName));
        sex = Fields.optional(sex);
        age = Fields.optional(age);
        caseNumber = Fields.masked("caseNumber", Fields.optional(caseNumber));
        maskedIdNumber = Fields.masked("idNumber", Fields.optional(maskedIdNumber));
    }

    /** Without an ID number: labels and manifests carry the case number instead. */
    public MaskedPatient(String maskedName, String sex, String age, String caseNumber) {
        this(maskedName, sex, age, caseNumber, "");
    }
}
