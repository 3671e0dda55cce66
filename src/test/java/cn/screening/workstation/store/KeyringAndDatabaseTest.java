package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringAndDatabaseTest {

    static final LockoutPolicy FAST = new LockoutPolicy(5, Duration.ofMinutes(5), 1_000);
    @TempDir
    Path dir;

    @Test
    void theRightPasswordOpensTheEncryptedStoreAndNothingReadableIsOnDisk() throws Exception {
        Keyring ring = Keyring.empty(dir, FAST, new SecureRandom());
        DataKey key = DataKey.generate(new SecureRandom());
        ring.put("admin", "s3cret-pass".toCharArray(), key);
        try (Database db = Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC())) {
            db.write(new Actor("admin", "S1"), tx -> {
                new AuditLog().append(tx, AuditAction.SETUP, null, null, "张三丰 110105194912310021");
                return null;
            });
        }
        String raw = new String(Files.readAllBytes(dir.resolve("workstation.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("110105194912310021").doesNotContain("CREATE TABLE");
        assertThat(Files.readString(dir.resolve(Keyring.FILE_NAME))).doesNotContain("s3cret");

        Keyring reloaded = Keyring.load(dir, FAST, new SecureRandom());
        UnlockResult r = reloaded.unlock("admin", "s3cret-pass".toCharArray(), Instant.now());
        assertThat(r).isInstanceOf(UnlockResult.Unlocked.class);
        try (Database db = Database.open(dir, ((UnlockResult.Unlocked) r).key(), StoreOptions.DEFAULT, Clock.systemUTC())) {
            long setups = db.read(tx -> new AuditLog().count(tx, AuditAction.SETUP));
            assertThat(setups).isEqualTo(1);
        }
    }

    @Test
    void aStoreWrittenByH2sOwnCipherOpensUnchanged() throws Exception {
        DataKey key = DataKey.generate(new SecureRandom());
        HexFormat hex = HexFormat.of();
        // how the previous release opened the store: H2's CIPHER=AES with "filePassword userPassword"
        String previous = "jdbc:h2:file:" + dir.resolve("workstation").toAbsolutePath() + ";CIPHER=AES;WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(previous, "workstation", hex.formatHex(key.fileSecret()) + " " + hex.formatHex(key.userSecret()));
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA earlier");
            st.execute("CREATE TABLE earlier.note (note VARCHAR(40))");
            st.execute("INSERT INTO earlier.note VALUES ('上一版本写的')");
        }
        try (Database db = Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC())) {
            String note = db.read(tx -> {
                try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT note FROM earlier.note")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(note).isEqualTo("上一版本写的");
        }
    }

    @Test
    void fiveWrongPasswordsLockForFiveMinutes() {
        Keyring ring = Keyring.empty(dir, FAST, new SecureRandom());
        ring.put("u", "right-password".toCharArray(), DataKey.generate(new SecureRandom()));
        Instant t = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 1; i <= 4; i++) {
            assertThat(ring.unlock("u", "wrong".toCharArray(), t)).isEqualTo(new UnlockResult.WrongPassword(5 - i));
        }
        assertThat(ring.unlock("u", "wrong".toCharArray(), t)).isInstanceOf(UnlockResult.Locked.class);
        assertThat(ring.unlock("u", "right-password".toCharArray(), t.plusSeconds(299))).isInstanceOf(UnlockResult.Locked.class);
        UnlockResult after = Keyring.load(dir, FAST, new SecureRandom()).unlock("u", "right-password".toCharArray(), t.plusSeconds(300));
        assertThat(after).isInstanceOf(UnlockResult.Unlocked.class);
        assertThat(((UnlockResult.Unlocked) after).failuresToAudit()).hasSize(5);
    }

    @Test
    void aWrongKeyIsToldApartFromALockedStore() throws Exception {
        DataKey key = DataKey.generate(new SecureRandom());
        Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC()).close();
        // another process holding the file looks to H2 like a lock it cannot take
        try (FileChannel ch = FileChannel.open(dir.resolve("workstation.mv.db"), StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            assertThatThrownBy(() -> Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC()))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED));
        }
        assertThatThrownBy(() -> Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_KEY));
    }

    @Test
    void aDamagedFileIsReportedAsCorrupt() throws Exception {
        DataKey key = DataKey.generate(new SecureRandom());
        Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC()).close();
        Path file = dir.resolve("workstation.mv.db");
        byte[] junk = new byte[(int) Files.size(file)];
        new SecureRandom().nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isIn(StoreException.Kind.CORRUPT, StoreException.Kind.WRONG_KEY));
    }
}
