package cn.screening.workstation.domain.user;

/** What a role may do beyond seeing masked lists. */
public enum Permission {
    REGISTER, REVEAL_ID, IMPORT, EXPORT_FULL_ID, MANAGE_USERS, MANAGE_SETTINGS,
    /** writes up-referrals and answers back-referrals at a county or township */
    REFER,
    /** answers up-referrals at the designated hospital and records the patient's arrival */
    RECEIVE_REFERRAL,
    /** writes and signs the back-referral (下转单): the hospital's physician, not its lab */
    BACK_REFER,
    /** records follow-up visits */
    FOLLOW_UP,
    /** sees the registry of confirmed patients (masked) and exports it */
    VIEW_REGISTRY,
    /** draw blood samples, pack and dispatch boxes (the sending county or clinic) */
    SEND_SAMPLES,
    /** receive boxes and enter results (the designated hospital's lab) */
    RECEIVE_SAMPLES,
    /** keeps the treatment ledger (救治台账): rows, admissions, costs, settlement-list imports */
    KEEP_LEDGER,
    /** certifies 救治对象 (核对认定) for the county */
    CERTIFY
}
