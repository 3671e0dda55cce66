package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import java.time.LocalDate;

/**
 * 下转单: what the receiving hospital sends back down with the patient, for the clinic to file in
 * the patient's health record (DOMAIN §5).
 *
 * @param conclusion for a disease other than hemophilia, the hospital's answer: 已确诊 or 已排除
 *                   (null when it gives none); the sender's case takes it on acknowledging
 */
public record BackReferral(
        String diagnosis,
        String inpatientNo,
        String keyResults,
        String treatmentGiven,
        String nextTreatmentPlan,
        String rehabilitationAdvice,
        String doctorName,
        String doctorPhone,
        LocalDate writtenOn,
        CaseStatus conclusion) {

    /** A back-referral without a conclusion on the case. */
    public BackReferral(String diagnosis, String inpatientNo, String keyResults, String treatmentGiven, String nextTreatmentPlan,
                        String rehabilitationAdvice, String doctorName, String doctorPhone, LocalDate writtenOn) {
        this(diagnosis, inpatientNo, keyResults, treatmentGiven, nextTreatmentPlan, rehabilitationAdvice, doctorName, doctorPhone,
                writtenOn, null);
    }
}
