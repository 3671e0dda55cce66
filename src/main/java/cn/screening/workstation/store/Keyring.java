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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.sql.SQLException;
import javax.crypto.Mac;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Holds the store's data key wrapped once per account: PBKDF2 of the password gives a
 * key-encryption key (AES-GCM) and a verifier. Failed logins are counted per name, for names
 * without an account too, and every name costs the same derivation, so the answers and their
 * timing do not tell which accounts exist ({@link LoginFailures}, decision 0020).
 */
public final class Keyring {

    public static final String FILE_NAME = "keyring.json";
    /** The lock-out journal beside the keyring: a backup carries both, or the restored copies disagree and lock (decision 0024). */
    public static final String JOURNAL_FILE_NAME = LockoutJournal.FILE_NAME;
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Path file;
    private final LockoutPolicy policy;
    private final SecureRandom random;
    private final Map<String, KeyringFile.Entry> entries;
    private final LoginFailures failures;
    private final byte[] decoyKey;
    private final AtomicLong derivations = new AtomicLong();
    /** A right password's check, between its transaction and the rewrite of the files. */
    private final Map<String, LoginFailures.Check> pendingChecks = new java.util.concurrent.ConcurrentHashMap<>();
    private RecoveryWrap recovery;

    private Keyring(Path file, LockoutPolicy policy, SecureRandom random, Map<String, KeyringFile.Entry> entries,
                    KeyringFile.Lockout lockout) {
        this.file = file;
        this.policy = policy;
        this.random = random;
        this.entries = entries;
        Map<String, KeyringFile.NameRecord> names = new LinkedHashMap<>();
        if (lockout != null && lockout.names() != null) {
            names.putAll(lockout.names());
        }
        entries.forEach((user, e) -> {
            // format 1 kept the failures in the account's entry: carried over once, numbered from 1
            if (!names.containsKey(LoginFailures.tag(user)) && (e.unreportedFailures() != null || e.lockedUntil() != null)) {
                List<KeyringFile.Failure> old = new ArrayList<>();
                List<Instant> listed = e.unreportedFailures() == null ? List.of() : e.unreportedFailures();
                for (int i = 0; i < listed.size(); i++) {
                    old.add(new KeyringFile.Failure(i + 1, listed.get(i)));
                }
                names.put(LoginFailures.tag(user), new KeyringFile.NameRecord(0, old, e.lockedUntil()));
            }
        });
        entries.replaceAll((user, e) -> e.keyOnly());
        this.failures = new LoginFailures(names, new LockoutJournal(file.getParent()), policy);
        byte[] decoy = lockout == null || lockout.decoyKey() == null ? null : B64D.decode(lockout.decoyKey());
        if (decoy == null || decoy.length != 32) {
            decoy = new byte[32];
            random.nextBytes(decoy);
        }
        this.decoyKey = decoy;
    }

    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME));
    }

    public static Keyring empty(Path folder, LockoutPolicy policy, SecureRandom random) {
        return new Keyring(folder.resolve(FILE_NAME), policy, random, new LinkedHashMap<>(), null);
    }

    public static Keyring load(Path folder, LockoutPolicy policy, SecureRandom random) {
        Path f = folder.resolve(FILE_NAME);
        try {
            KeyringFile data = Json.MAPPER.readValue(f.toFile(), KeyringFile.class);
            if (data.entries() == null || data.entries().isEmpty()) {
                throw new StoreException(StoreException.Kind.KEYRING_DAMAGED, "keyring has no accounts", null);
            }
            Keyring ring = new Keyring(f, policy, random, new LinkedHashMap<>(data.entries()), data.lockout());
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

    /** How many PBKDF2 derivations this keyring has run: each checked password costs exactly one, account or not. */
    public long derivations() {
        return derivations.get();
    }

    /**
     * Checks the password; counts failures per name (account or not) and locks after too many. A name
     * without an account is derived with a decoy salt at the same cost and counts down the same way.
     * A right password still has to pass {@link #settle} against the store before the login stands.
     */
    public synchronized UnlockResult unlock(String username, char[] password, Instant now) {
        String tag = LoginFailures.tag(username);
        LoginFailures.Judgement before = failures.judge(tag, now);
        if (before.locked(now)) {
            return new UnlockResult.Locked(before.lockedUntil());
        }
        KeyringFile.Entry e = entries.get(username);
        boolean right;
        byte[] derived;
        if (e != null) {
            derived = derive(password, B64D.decode(e.salt()), e.iterations());
            right = MessageDigest.isEqual(Arrays.copyOfRange(derived, 32, 64), B64D.decode(e.verifier()));
        } else {
            derived = derive(password, decoySalt(username), policy.pbkdf2Iterations());
            MessageDigest.isEqual(Arrays.copyOfRange(derived, 32, 64), new byte[32]); // the same comparison, never equal in practice
            right = false;
        }
        if (!right) {
            LoginFailures.Judgement after = failures.fail(tag, now);
            save();
            return after.locked(now) ? new UnlockResult.Locked(after.lockedUntil()) : new UnlockResult.WrongPassword(after.attemptsLeft());
        }
        DataKey key = new DataKey(unwrap(Arrays.copyOf(derived, 32), B64D.decode(e.wrappedKey()), username));
        return new UnlockResult.Unlocked(key, List.copyOf(failures.pending(tag)));
    }

    /**
     * After a right password, in the login's transaction: writes the failures since the last good login
     * (the user's, and those of names without an account) to the audit log and checks the copies outside
     * the store against its count. Answers the lock that still stands (then the login must be refused).
     */
    public Instant settle(Tx tx, AuditLog audit, String username, Instant now, String detail) throws SQLException {
        Set<String> accountTags = new HashSet<>();
        synchronized (this) {
            entries.keySet().forEach(u -> accountTags.add(LoginFailures.tag(u)));
        }
        LoginFailures.Check check = failures.settle(tx, audit, username, accountTags, now, detail);
        pendingChecks.put(username, check);
        return check.locked(now) ? check.lockedUntil() : null;
    }

    /** Once the login's transaction has committed: the keyring and the journal say what the store says. */
    public synchronized void settled(String username, Instant now) {
        LoginFailures.Check check = pendingChecks.remove(username);
        if (check != null) {
            failures.commit(check, now);
            save();
        }
    }

    private byte[] decoySalt(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(decoyKey, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", ex);
        }
    }

    /** Adds (or replaces) an account's wrapped copy of the data key. Saves. */
    public synchronized void put(String username, char[] password, DataKey key) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] derived = derive(password, salt, policy.pbkdf2Iterations());
        byte[] wrapped = wrap(Arrays.copyOf(derived, 32), key.bytes(), username);
        entries.put(username, new KeyringFile.Entry(B64.encodeToString(salt), policy.pbkdf2Iterations(),
                B64.encodeToString(Arrays.copyOfRange(derived, 32, 64)), B64.encodeToString(wrapped), null, null));
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
            OwnerOnly.folder(file.getParent());
            byte[] bytes = Json.MAPPER.writeValueAsBytes(new KeyringFile(KeyringFile.FORMAT, entries,
                    new KeyringFile.Lockout(B64.encodeToString(decoyKey), failures.records()), recovery));
            AtomicFiles.write(file, bytes);
            AtomicFiles.write(file.resolveSibling(FILE_NAME + ".bak"), bytes);
        } catch (IOException e) {
            // a full disk or a read-only folder is told as such, not as a database error
            throw StoreFailures.translate(e, false);
        }
    }

    private byte[] derive(char[] password, byte[] salt, int iterations) {
        derivations.incrementAndGet();
        return pbkdf2(password, salt, iterations);
    }

    static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
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
