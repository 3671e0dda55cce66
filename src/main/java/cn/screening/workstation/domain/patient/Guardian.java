package cn.screening.workstation.domain.patient;

/** 监护人: required for a patient under 14, whose consent the guardian gives (PIPL Art. 31). */
public record Guardian(String name, String relation, String phone, boolean consentGiven) {
}
