package cn.screening.workstation.protocol;

/**
 * A workstation's audit chain head, sent with a push (docs/sync-protocol.md, Audit chain head), and
 * what it now holds at the number the server last accepted, so the server sees whether the new head
 * extends the old one.
 *
 * @param chainNo        the newest line's chain number
 * @param hash           the newest line's link (64 hex digits)
 * @param vouchedChainNo the chain number of the head the server last accepted (null: not known here)
 * @param vouchedHash    the link this workstation holds at that number (null when it holds no such line)
 */
public record AuditHeadClaim(long chainNo, String hash, Long vouchedChainNo, String vouchedHash) {
}
