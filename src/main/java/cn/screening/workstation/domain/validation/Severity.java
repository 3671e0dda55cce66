package cn.screening.workstation.domain.validation;

/** An error blocks saving; a warning must be acknowledged, then the record may be saved. */
public enum Severity { ERROR, WARNING }
