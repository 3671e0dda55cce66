package cn.screening.workstation.domain.user;

/** What a role may do beyond seeing masked lists. */
public enum Permission {
    REGISTER, REVEAL_ID, IMPORT, EXPORT_FULL_ID, MANAGE_USERS, MANAGE_SETTINGS
}
