package cn.screening.workstation.store;

/** What an audit line records (PIPL: views, reveals, exports, prints, logins, and every change). */
public enum AuditAction {
    SETUP, LOGIN, LOGIN_FAILED, LOGOUT, SCREEN_LOCKED, USER_ADDED, USER_CHANGED,
    CREATE, UPDATE, DELETE, VIEW, REVEAL_ID, EXPORT, IMPORT, PRINT, SETTINGS_CHANGED
}
