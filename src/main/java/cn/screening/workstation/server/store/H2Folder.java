package cn.screening.workstation.server.store;

import cn.screening.workstation.h2.EncryptedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;

/**
 * The server's H2 folder, readable by its owner only (0700, files 0600). Beside the file, two random
 * secrets in owner-only files: {@code provincial.key} encrypts the file (H2's AES layout), and
 * {@code provincial.secret} is the SQL user's password. A file of a release without encryption
 * (a {@code provincial.mv.db} without a key) is exported and imported into an encrypted file on
 * first open; a migration cut short is undone and done again on the next open.
 */
public final class H2Folder {

    static final String SECRET = "provincial.secret";
    static final String KEY = "provincial.key";
    private static final String DB = StoreTarget.H2_FILE + ".mv.db";
    private static final String KEY_NEW = KEY + ".new";
    private static final String PARKED = "provincial-unencrypted";
    private static final String FRESH = "provincial-encrypted";
    private static final String SCRIPT = "provincial-migration.zip";

    private H2Folder() {
    }

    static StoreTarget prepare(Path dir) {
        try {
            ownerOnlyFolder(dir);
            String password = secret(dir.resolve(SECRET));
            recoverInterruptedMigration(dir);
            String key = Files.exists(dir.resolve(DB)) && !Files.exists(dir.resolve(KEY))
                    ? migrateUnencrypted(dir, password)
                    : secret(dir.resolve(KEY));
            restrictFiles(dir);
            EncryptedFiles.unlock(dir.resolve(StoreTarget.H2_FILE), key);
            return new StoreTarget(StoreTarget.h2Url(dir.resolve(StoreTarget.H2_FILE)), StoreTarget.H2_USER, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the server's data folder " + dir, e);
        }
    }

    /** Every file in the folder 0600: H2 creates its files with the process's umask. */
    public static void restrictFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    restrict(f, "rw-------");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the files in " + dir, e);
        }
    }

    /** Creates {@code dir} if needed and makes it the owner's alone (0700). */
    public static void ownerOnlyFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
    }

    /** Reads a random secret from an owner-only file, creating it on first use (a concurrent creator's wins). */
    public static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createFile(file);
                restrict(file, "rw-------");
                Files.writeString(file, Secrets.token(), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // another process made it first: read theirs
            }
        }
        String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (s.isEmpty()) {
            throw new IllegalStateException("empty secret in " + file);
        }
        return s;
    }

    private static String migrateUnencrypted(Path dir, String password) throws IOException {
        String key = Secrets.token();
        Path keyNew = dir.resolve(KEY_NEW);
        Files.deleteIfExists(keyNew);
        Files.createFile(keyNew);
        restrict(keyNew, "rw-------");
        Files.writeString(keyNew, key, StandardCharsets.US_ASCII);
        Path script = dir.resolve(SCRIPT);
        Files.deleteIfExists(script);
        Files.deleteIfExists(dir.resolve(FRESH + ".mv.db"));
        // the export is itself encrypted with the new key: no plain copy of the data is ever written
        String scriptOptions = " '" + script + "' COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key + "'";
        String plainUrl = "jdbc:h2:file:" + dir.resolve(StoreTarget.H2_FILE) + StoreTarget.H2_SETTINGS;
        try (Connection c = DriverManager.getConnection(plainUrl, StoreTarget.H2_USER, password); Statement st = c.createStatement()) {
            st.execute("SCRIPT TO" + scriptOptions);
        } catch (SQLException e) {
            throw new ServerStoreException(e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "未加密的旧版数据库正被另一个进程使用：请先停止旧版服务器，再启动本版本（它会把数据迁移到加密文件）"
                    : "cannot read the unencrypted store of an earlier release: " + e.getMessage(), e);
        }
        EncryptedFiles.unlock(dir.resolve(FRESH), key);
        try (Connection c = DriverManager.getConnection(StoreTarget.h2Url(dir.resolve(FRESH)), StoreTarget.H2_USER, password);
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM" + scriptOptions);
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new ServerStoreException("cannot write the encrypted store: " + e.getMessage(), e);
        }
        Files.delete(script);
        // the key file's rename is the commit point: before it the plain file is the store, after it the encrypted one
        Files.move(dir.resolve(DB), dir.resolve(PARKED + ".mv.db"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(dir.resolve(FRESH + ".mv.db"), dir.resolve(DB), StandardCopyOption.ATOMIC_MOVE);
        Files.move(keyNew, dir.resolve(KEY), StandardCopyOption.ATOMIC_MOVE);
        Files.delete(dir.resolve(PARKED + ".mv.db"));
        return key;
    }

    private static void recoverInterruptedMigration(Path dir) throws IOException {
        Path parked = dir.resolve(PARKED + ".mv.db");
        if (Files.exists(parked)) {
            if (Files.exists(dir.resolve(KEY))) {
                Files.delete(parked);
            } else {
                Files.move(parked, dir.resolve(DB), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.deleteIfExists(dir.resolve(KEY_NEW));
        Files.deleteIfExists(dir.resolve(SCRIPT));
        Files.deleteIfExists(dir.resolve(FRESH + ".mv.db"));
    }

    private static void restrict(Path p, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder's ACL applies
        }
    }
}
