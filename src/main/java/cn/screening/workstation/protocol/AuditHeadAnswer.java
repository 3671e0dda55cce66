package cn.screening.workstation.protocol;

/**
 * The server's word on an {@link AuditHeadClaim}.
 *
 * @param status  {@code accepted}: the new head extends the one before; {@code mismatch}: it does not
 *                (the server has raised an alarm and now keeps the new head); {@code vouch}: send again,
 *                vouching for the link at {@code chainNo}
 * @param chainNo the head the server now keeps, or (for {@code vouch}) the number to vouch for
 */
public record AuditHeadAnswer(String status, long chainNo) {

    public static final String ACCEPTED = "accepted";
    public static final String MISMATCH = "mismatch";
    public static final String VOUCH = "vouch";
}
