package cn.screening.workstation.store;

/** The newest link of the audit chain: what a push vouches for. */
public record AuditHead(long chainNo, String hash) {
}
