package cn.screening.workstation.service.audit;

import cn.screening.workstation.store.AuditAction;
import java.time.LocalDate;

/**
 * What the 审计日志 screen filters by; every part may be null or blank (no filter on it).
 *
 * @param patient a patient's record id or full ID number
 * @param from    first day, inclusive; @param to last day, inclusive
 */
public record AuditFilter(String username, AuditAction action, String patient, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
