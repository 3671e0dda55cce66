package cn.screening.workstation.domain.cases;

/** The orders the case list offers. */
public enum CaseSort { NEWEST_FIRST, OLDEST_FIRST, NAME }
