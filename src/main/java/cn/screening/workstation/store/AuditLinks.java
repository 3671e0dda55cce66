package cn.screening.workstation.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How one audit line is linked to the one before it: HMAC-SHA256, keyed from the data key, over the
 * previous link and the line's canonical fields (each length-prefixed, so no two lines read alike).
 */
final class AuditLinks {

    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    AuditLinks(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String link(String prevHash, long chainNo, Instant at, String username, String siteCode, String action,
                String entityType, String entityId, String detail) {
        Mac mac = mac();
        mac.update(HEX.parseHex(prevHash));
        mac.update(ByteBuffer.allocate(8).putLong(chainNo).array());
        field(mac, at.toString());
        field(mac, username);
        field(mac, siteCode);
        field(mac, action);
        field(mac, entityType);
        field(mac, entityId);
        field(mac, detail);
        return HEX.formatHex(mac.doFinal());
    }

    private static void field(Mac mac, String value) {
        if (value == null) {
            mac.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(b.length).array());
        mac.update(b);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
