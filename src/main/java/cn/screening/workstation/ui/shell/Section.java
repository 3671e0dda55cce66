package cn.screening.workstation.ui.shell;

/** The parts of the main window the left navigation switches between. */
public enum Section { REGISTER, CASES, IMPORT, CONFLICTS, QUARANTINE, USERS, SETTINGS }
