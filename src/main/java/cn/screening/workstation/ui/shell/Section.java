package cn.screening.workstation.ui.shell;

/** The parts of the main window the left navigation switches between. */
public enum Section { TODAY, REGISTER, CASES, REFERRALS, FOLLOW_UPS, REGISTRY, IMPORT, CONFLICTS, QUARANTINE, USERS, SETTINGS }
