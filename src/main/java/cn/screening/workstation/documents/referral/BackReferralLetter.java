package cn.screening.workstation.documents.referral;

import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.SignedBy;

/**
 * A back-referral form (下转单, DOMAIN §5): what the designated hospital found and did, and what
 * the primary institution should do next; the clinic files it in the patient's health record.
 *
 * @param referralNumber         the up-referral this answers (or the back-referral's own number)
 * @param sendingInstitution     the designated hospital sending the patient back
 * @param receivingInstitution   the primary (county/township) institution
 * @param patient                masked name, sex, age, case number, masked ID number
 * @param diagnosis              确诊/出院诊断
 * @param inpatientNumber        住院号; may be empty for an outpatient
 * @param keyResults             主要检查结果, e.g. FⅧ:C 0.8%，抑制物阴性
 * @param treatmentGiven         治疗经过
 * @param nextPlan               下一步治疗方案及康复建议
 * @param signedBy               doctor, phone, date
 */
public record BackReferralLetter(String referralNumber, String sendingInstitution, String receivingInstitution,
                                 MaskedPatient patient, String diagnosis, String inpatientNumber, String keyResults,
                                 String treatmentGiven, String nextPlan, SignedBy signedBy) {

    public BackReferralLetter {
        referralNumber = Fields.barcodeText("referralNumber", referralNumber).strip();
        sendingInstitution = Fields.required("sendingInstitution", sendingInstitution);
        receivingInstitution = Fields.required("receivingInstitution", receivingInstitution);
        Fields.required("patient", patient);
        diagnosis = Fields.masked("diagnosis", Fields.required("diagnosis", diagnosis));
        inpatientNumber = Fields.masked("inpatientNumber", Fields.optional(inpatientNumber));
        keyResults = Fields.masked("keyResults", Fields.optional(keyResults));
        treatmentGiven = Fields.masked("treatmentGiven", Fields.optional(treatmentGiven));
        nextPlan = Fields.masked("nextPlan", Fields.required("nextPlan", nextPlan));
        Fields.required("signedBy", signedBy);
    }
}
