package cn.screening.workstation.service.audit;

import java.time.LocalDate;

/**
 * What the 审计日志 screen filters by; every part may be null or blank (no filter on it).
 *
 * @param action  an action's name, as {@link AuditPort#actions()} lists them
 * @param patient a patient's record id or full ID number
 * @param from    first day, inclusive; @param to last day, inclusive
 */
public record AuditFilter(String username, String action, String patient, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
