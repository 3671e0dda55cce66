package cn.screening.workstation.documents.referral;

import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.PatientIdentity;
import cn.screening.workstation.documents.SignedBy;
import java.time.LocalDate;

/**
 * An up-referral form (转诊单, DOMAIN §5) and its counterfoil (存根), printed on one page with a
 * cut line between them; the referral number appears on both halves.
 *
 * @param referralNumber       printed on both halves and as Code 128; printable ASCII
 * @param sendingInstitution   转出机构
 * @param receivingInstitution 接收机构 (rule 27: required)
 * @param receivingDepartment  接收科室; may be empty
 * @param patient              masked name, sex, age, case number, masked ID number
 * @param clinical             purpose, diagnosis, summary, results, precautions
 * @param urgency              the printed label, e.g. 紧急 / 普通
 * @param validFrom            first day the receiving hospital accepts the referral
 * @param validUntil           last day; not before validFrom
 * @param signedBy             referring doctor, phone, date of the letter
 * @param identity             the full name and ID number for the letter half the patient carries
 *                             (marked 内含个人信息), or null to print it masked too; the counterfoil stays masked
 */
public record ReferralLetter(String referralNumber, String sendingInstitution, String receivingInstitution,
                             String receivingDepartment, MaskedPatient patient, ReferralClinical clinical,
                             String urgency, LocalDate validFrom, LocalDate validUntil, SignedBy signedBy,
                             PatientIdentity identity) {

    /** A letter masked throughout. */
    public ReferralLetter(String referralNumber, String sendingInstitution, String receivingInstitution,
                          String receivingDepartment, MaskedPatient patient, ReferralClinical clinical,
                          String urgency, LocalDate validFrom, LocalDate validUntil, SignedBy signedBy) {
        this(referralNumber, sendingInstitution, receivingInstitution, receivingDepartment, patient, clinical, urgency, validFrom,
                validUntil, signedBy, null);
    }

    public ReferralLetter {
        referralNumber = Fields.barcodeText("referralNumber", referralNumber).strip();
        sendingInstitution = Fields.required("sendingInstitution", sendingInstitution);
        receivingInstitution = Fields.required("receivingInstitution", receivingInstitution);
        receivingDepartment = Fields.optional(receivingDepartment);
        Fields.required("patient", patient);
        Fields.required("clinical", clinical);
        urgency = Fields.required("urgency", urgency);
        Fields.required("validFrom", validFrom);
        Fields.required("validUntil", validUntil);
        if (validUntil.isBefore(validFrom)) {
            throw Fields.refused("validUntil", "problem.validity");
        }
        Fields.required("signedBy", signedBy);
    }
}
