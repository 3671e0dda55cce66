package cn.screening.workstation.store;

/** The orders the case list offers. */
public enum CaseSort { NEWEST_FIRST, OLDEST_FIRST, NAME }
