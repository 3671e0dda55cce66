package cn.screening.workstation.service.followup;

/** Whom to call for a follow-up: the patient in full, their phone and a family contact's. */
public record FollowUpContact(String name, String phone, String familyContact) {
}
