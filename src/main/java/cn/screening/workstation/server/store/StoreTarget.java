package cn.screening.workstation.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the server keeps its data: an H2 file in a folder, or a PostgreSQL database.
 * The H2 file is opened with AUTO_SERVER so the admin commands can use it while the server runs;
 * its password is a random secret in the folder, readable by the owner only, because AUTO_SERVER
 * listens on a TCP port.
 */
public record StoreTarget(String url, String user, String password) {

    static final String H2_FILE = "provincial";
    static final String H2_SECRET = "provincial.secret";

    public static StoreTarget h2(Path folder) {
        Path dir = folder.toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve(H2_FILE) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";
        return new StoreTarget(url, "provincial", secret(dir));
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

    /** The URL without its secrets, for logs. */
    public String describe() {
        int params = url.indexOf(isH2() ? ';' : '?');
        return params < 0 ? url : url.substring(0, params);
    }

    @Override
    public String toString() {
        return "StoreTarget[" + describe() + ", user=" + user + "]";
    }

    private static String secret(Path dir) {
        Path file = dir.resolve(H2_SECRET);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file);
                    restrict(file);
                    Files.writeString(file, Secrets.token(), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException e) {
                    // another process made it first: read theirs
                }
            }
            String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (s.isEmpty()) {
                throw new IllegalStateException("empty database secret in " + file);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder's ACL applies
        }
    }
}
