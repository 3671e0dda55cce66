package cn.screening.workstation.server.store;

import cn.screening.workstation.h2.EncryptedFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server keeps its data: an H2 file in a folder, or a PostgreSQL database.
 * The H2 file is encrypted (H2's AES layout, the JDK's AES: {@link EncryptedFiles}) with a key kept
 * beside it in an owner-only file, and every commit is in the file before it returns (WRITE_DELAY=0);
 * see {@link H2Folder}.
 */
public record StoreTarget(String url, String user, String password) {

    static final String H2_FILE = "provincial";
    static final String H2_USER = "provincial";
    /** No AUTO_SERVER (it opens a TCP port on every interface) and no trace file beside the data. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=20000";

    /** The H2 store in {@code folder}: made owner-only, its key created, an unencrypted file of an earlier release migrated. */
    public static StoreTarget h2(Path folder) {
        return H2Folder.prepare(folder.toAbsolutePath());
    }

    /** The URL of an encrypted H2 file ({@code file} without its .mv.db), whose key was given to {@link EncryptedFiles#unlock}. */
    static String h2Url(Path file) {
        return EncryptedFiles.url(file, H2_SETTINGS);
    }

    public static StoreTarget postgres(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        return new StoreTarget(url, user, password);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The folder of an H2 file store; empty for PostgreSQL. */
    public Optional<Path> h2Folder() {
        if (!isH2()) {
            return Optional.empty();
        }
        // "jdbc:h2:<scheme>:<path>": the scheme is file: or the encrypted files' own
        String named = describe().substring("jdbc:h2:".length());
        return Optional.of(Path.of(named.substring(named.indexOf(':') + 1)).getParent());
    }

    /** The URL without its settings, for logs. */
    public String describe() {
        int params = url.indexOf(isH2() ? ';' : '?');
        return params < 0 ? url : url.substring(0, params);
    }

    @Override
    public String toString() {
        return "StoreTarget[" + describe() + ", user=" + user + "]";
    }
}
