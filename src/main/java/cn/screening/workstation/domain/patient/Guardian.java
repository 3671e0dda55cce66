package cn.screening.workstation.domain.patient;

import java.time.LocalDate;

/**
 * 监护人: required for a patient under 14, whose consent the guardian gives (PIPL Art. 31).
 *
 * @param consentDate the day the guardian signed, null when not recorded (records from before it was kept)
 */
public record Guardian(String name, String relation, String phone, boolean consentGiven, LocalDate consentDate) {

    /** The same guardian having consented on {@code day}. */
    public Guardian consented(LocalDate day) {
        return new Guardian(name, relation, phone, true, day);
    }
}
