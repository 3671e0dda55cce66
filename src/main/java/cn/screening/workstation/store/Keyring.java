package cn.screening.workstation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Holds the store's data key wrapped once per account: PBKDF2 of the password gives a
 * key-encryption key (AES-GCM) and a verifier. Lock-out counters live here too, because the
 * store cannot be opened before a password is right.
 */
public final class Keyring {

    public static final String FILE_NAME = "keyring.json";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Path file;
    private final LockoutPolicy policy;
    private final SecureRandom random;
    private final Map<String, KeyringFile.Entry> entries;
    private RecoveryWrap recovery;

    private Keyring(Path file, LockoutPolicy policy, SecureRandom random, Map<String, KeyringFile.Entry> entries) {
        this.file = file;
        this.policy = policy;
        this.random = random;
        this.entries = entries;
    }

    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME));
    }

    public static Keyring empty(Path folder, LockoutPolicy policy, SecureRandom random) {
        return new Keyring(folder.resolve(FILE_NAME), policy, random, new LinkedHashMap<>());
    }

    public static Keyring load(Path folder, LockoutPolicy policy, SecureRandom random) {
        Path f = folder.resolve(FILE_NAME);
        try {
            KeyringFile data = Json.MAPPER.readValue(f.toFile(), KeyringFile.class);
            if (data.entries() == null || data.entries().isEmpty()) {
                throw new StoreException(StoreException.Kind.KEYRING_DAMAGED, "keyring has no accounts", null);
            }
            Keyring ring = new Keyring(f, policy, random, new LinkedHashMap<>(data.entries()));
            ring.recovery = data.recovery();
            return ring;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.KEYRING_DAMAGED, "keyring unreadable: " + e.getMessage(), e);
        }
    }

    public Set<String> usernames() {
        return Set.copyOf(entries.keySet());
    }

    public boolean has(String username) {
        return entries.containsKey(username);
    }

    /** Checks the password; counts failures and locks the account after too many. Saves the counters. */
    public synchronized UnlockResult unlock(String username, char[] password, Instant now) {
        KeyringFile.Entry e = entries.get(username);
        if (e == null) {
            return new UnlockResult.WrongPassword(policy.maxAttempts());
        }
        if (e.lockedUntil() != null && now.isBefore(e.lockedUntil())) {
            return new UnlockResult.Locked(e.lockedUntil());
        }
        byte[] derived = derive(password, B64D.decode(e.salt()), e.iterations());
        byte[] verifier = Arrays.copyOfRange(derived, 32, 64);
        List<Instant> unreported = e.unreportedFailures() == null ? new ArrayList<>() : new ArrayList<>(e.unreportedFailures());
        if (!MessageDigest.isEqual(verifier, B64D.decode(e.verifier()))) {
            unreported.add(now);
            int failed = (e.lockedUntil() != null ? 0 : e.failedAttempts()) + 1;
            boolean lock = failed >= policy.maxAttempts();
            Instant until = lock ? now.plus(policy.lockFor()) : null;
            entries.put(username, e.withFailures(lock ? 0 : failed, until, unreported));
            save();
            return lock ? new UnlockResult.Locked(until) : new UnlockResult.WrongPassword(policy.maxAttempts() - failed);
        }
        DataKey key = new DataKey(unwrap(Arrays.copyOf(derived, 32), B64D.decode(e.wrappedKey()), username));
        if (e.failedAttempts() != 0 || e.lockedUntil() != null || !unreported.isEmpty()) {
            entries.put(username, e.withFailures(0, null, List.of()));
            save();
        }
        return new UnlockResult.Unlocked(key, List.copyOf(unreported));
    }

    /** Adds (or replaces) an account's wrapped copy of the data key. Saves. */
    public synchronized void put(String username, char[] password, DataKey key) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] derived = derive(password, salt, policy.pbkdf2Iterations());
        byte[] wrapped = wrap(Arrays.copyOf(derived, 32), key.bytes(), username);
        entries.put(username, new KeyringFile.Entry(B64.encodeToString(salt), policy.pbkdf2Iterations(),
                B64.encodeToString(Arrays.copyOfRange(derived, 32, 64)), B64.encodeToString(wrapped), 0, null, List.of()));
        save();
    }

    public synchronized void remove(String username) {
        if (entries.remove(username) != null) {
            save();
        }
    }

    /** The data key wrapped for the recovery password an administrator set for automatic backups, if any. */
    public synchronized java.util.Optional<RecoveryWrap> recovery() {
        return java.util.Optional.ofNullable(recovery);
    }

    /** Keeps the data key wrapped for a recovery password (automatic backups copy it into each file's header). Saves. */
    public synchronized void setRecovery(char[] recoveryPassword, DataKey key) {
        this.recovery = RecoveryWrap.make(recoveryPassword, key, policy.pbkdf2Iterations(), random);
        save();
    }

    /** Written to a temp file, kept as a .bak copy, then moved into place: a crash leaves the old or the new file, never half. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = Json.MAPPER.writeValueAsBytes(new KeyringFile(1, entries, recovery));
            AtomicFiles.write(file, bytes);
            AtomicFiles.write(file.resolveSibling(FILE_NAME + ".bak"), bytes);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot write keyring: " + e.getMessage(), e);
        }
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from the JDK", e);
        }
    }

    private byte[] wrap(byte[] kek, byte[] plain, String username) {
        return wrap(kek, plain, username, random);
    }

    /** AES-GCM with a random 12-byte IV in front; {@code aad} is bound in (the account name, or the recovery wrap's purpose). */
    static byte[] wrap(byte[] kek, byte[] plain, String aad, SecureRandom random) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, iv.length + ct.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    static byte[] unwrap(byte[] kek, byte[] wrapped, String username) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, wrapped, 0, 12));
            c.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException e) {
            throw new StoreException(StoreException.Kind.KEYRING_DAMAGED, "wrapped key does not open", e);
        }
    }

    /** Made at the first read or write, not when the window asks whether the folder is set up (before its first frame). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
