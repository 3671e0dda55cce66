package cn.screening.workstation.documents;

/**
 * The patient named in full, for the one paper that travels with the patient (the 转诊单 the
 * receiving hospital admits them on). A letter carrying it is marked 内含个人信息; the caller audits
 * the print and decides who may print it.
 *
 * @param fullName the name as registered
 * @param idNumber the whole ID number; may be empty
 */
public record PatientIdentity(String fullName, String idNumber) {

    public PatientIdentity {
        fullName = Fields.required("patientName", fullName);
        idNumber = Fields.optional(idNumber);
    }
}
