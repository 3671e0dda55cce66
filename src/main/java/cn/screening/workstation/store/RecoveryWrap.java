package cn.screening.workstation.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The data key wrapped for a recovery password, as an account's wrap but for no account: PBKDF2 of
 * the password gives the key that wraps it with AES-GCM. It heads every backup file, and the keyring
 * keeps one for automatic backups, which have nobody to type the password.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecoveryWrap(String salt, int iterations, String wrappedKey) {

    private static final String PURPOSE = "backup-recovery";

    public static RecoveryWrap make(char[] password, DataKey key, int iterations, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] kek = Arrays.copyOf(Keyring.pbkdf2(password, salt, iterations), 32);
        byte[] wrapped = Keyring.wrap(kek, key.bytes(), PURPOSE, random);
        Base64.Encoder b64 = Base64.getEncoder();
        return new RecoveryWrap(b64.encodeToString(salt), iterations, b64.encodeToString(wrapped));
    }

    /** The data key, or empty when the password is not the one this wrap was made with. */
    public Optional<DataKey> open(char[] password) {
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] kek = Arrays.copyOf(Keyring.pbkdf2(password, b64.decode(salt), iterations), 32);
        try {
            return Optional.of(new DataKey(Keyring.unwrap(kek, b64.decode(wrappedKey), PURPOSE)));
        } catch (StoreException wrongPassword) {
            return Optional.empty();
        }
    }
}
