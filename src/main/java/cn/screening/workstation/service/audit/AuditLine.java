package cn.screening.workstation.service.audit;

import cn.screening.workstation.store.AuditAction;
import java.time.Instant;

/**
 * One audit line as the 审计日志 screen lists it.
 *
 * @param subject what the line is about: a patient's masked name, else the record's type and id
 */
public record AuditLine(long seq, Instant at, String username, AuditAction action, String subject, String detail) {
}
