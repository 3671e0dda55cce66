package cn.screening.workstation.service.audit;

import java.time.Instant;

/**
 * One audit line as the 审计日志 screen lists it.
 *
 * @param action  the action's name ({@code AuditAction}), labelled by {@code audit.action.NAME}
 * @param subject what the line is about: a patient's masked name, else the record's type and id
 */
public record AuditLine(long seq, Instant at, String username, String action, String subject, String detail) {
}
