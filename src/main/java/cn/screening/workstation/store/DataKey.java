package cn.screening.workstation.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random key that encrypts the store. It lives only in memory and, wrapped by each user's
 * password-derived key, in the keyring; the two H2 secrets are derived from it.
 */
public final class DataKey {

    private static final int LENGTH = 32;
    private final byte[] bytes;

    public DataKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("data key must be " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static DataKey generate(SecureRandom random) {
        byte[] b = new byte[LENGTH];
        random.nextBytes(b);
        return new DataKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    byte[] fileSecret() {
        return derive("h2-file");
    }

    byte[] userSecret() {
        return derive("h2-user");
    }

    /** Keys the audit chain's links (docs/decisions/0018-audit-chain.md). */
    byte[] auditSecret() {
        return derive("audit-chain");
    }

    /** The key of a backup file's content: the data key's own, so a backup opens with whatever unwraps the data key. */
    byte[] backupSecret() {
        return derive("backup-content");
    }

    private byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    /** Overwrites the key in memory (on logout / lock). */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }
}
