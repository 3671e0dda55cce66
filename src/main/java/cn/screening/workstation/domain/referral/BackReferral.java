package cn.screening.workstation.domain.referral;

import java.time.LocalDate;

/**
 * 下转单: what the receiving hospital sends back down with the patient, for the clinic to file in
 * the patient's health record (DOMAIN §5).
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
        LocalDate writtenOn) {
}
