package cn.screening.workstation.domain.user;

/** What a role may do beyond seeing masked lists. */
public enum Permission {
    REGISTER, REVEAL_ID, IMPORT, EXPORT_FULL_ID, MANAGE_USERS, MANAGE_SETTINGS,
    /** draw blood samples, pack and dispatch boxes (the sending county or clinic) */
    SEND_SAMPLES,
    /** receive boxes and enter results (the designated hospital's lab) */
    RECEIVE_SAMPLES
}
