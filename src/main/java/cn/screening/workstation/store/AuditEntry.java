package cn.screening.workstation.store;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long seq, Instant at, String username, String siteCode, AuditAction action,
                         String entityType, String entityId, String detail) {
}
