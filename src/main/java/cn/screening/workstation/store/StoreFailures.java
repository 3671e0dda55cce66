package cn.screening.workstation.store;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The one translator from what H2 and the file system throw to the {@link StoreException.Kind} a user reads a
 * sentence for. The causes are read, not the top message: H2 wraps "No space left on device" in a "General
 * error" that used to be shown as raw English with its SQL. The raw text only reaches the log, redacted.
 */
public final class StoreFailures {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern DIGITS = Pattern.compile("\\d{6,}");
    /** Less space than this left on the store's disk after its file failed: the disk is full. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;
    private static final Pattern SQL_TAIL = Pattern.compile("(?s)SQL statement:.*");

    private StoreFailures() {
    }

    /** The store failure behind {@code e}, as the user should be told it; {@code opening} when the store was being opened. */
    public static StoreException translate(Throwable e, boolean opening) {
        if (e instanceof StoreException se && se.kind() != StoreException.Kind.OTHER) {
            return se;
        }
        StoreException.Kind kind = kindOf(e, opening);
        return new StoreException(kind, redactedChain(e), e);
    }

    /**
     * {@link #translate} for a write on the store in {@code folder}. When H2 writes a large transaction's pages
     * before its commit and the disk is full, the writing statement is told only "This store is closed" (the
     * disk's words stay with the write that failed); a disk with under {@value #NEARLY_FULL_BYTES} bytes left
     * is then what closed it.
     */
    public static StoreException translate(Throwable e, boolean opening, Path folder) {
        StoreException failure = translate(e, opening);
        if (failure.kind() != StoreException.Kind.OTHER || !fileFailed(e) || folder == null) {
            return failure;
        }
        try {
            if (Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES) {
                return new StoreException(StoreException.Kind.DISK_FULL, failure.getMessage() + " (disk full)", e);
            }
        } catch (IOException | RuntimeException ignored) {
            // the disk cannot be asked either: the failure stays as H2 told it
        }
        return failure;
    }

    static StoreException.Kind kindOf(Throwable e, boolean opening) {
        List<Throwable> chain = chain(e);
        // the deepest cause decides first: the disk's own words beat the wrappers' codes
        for (int i = chain.size() - 1; i >= 0; i--) {
            StoreException.Kind k = fromCause(chain.get(i));
            if (k != null) {
                return k;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException s) {
                StoreException.Kind k = fromCode(s.getErrorCode(), opening);
                if (k != null) {
                    return k;
                }
            }
        }
        return StoreException.Kind.OTHER;
    }

    /**
     * Whether the store's file itself failed (full disk, read-only, damaged, closed under us): H2 has then
     * closed the file, and any further statement on its sessions (even the rollback a pooled connection's
     * close does) spins forever inside H2, which is what kept a full-disk import running for minutes.
     */
    public static boolean fileFailed(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof MVStoreException) {
                return true;
            }
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || s.getErrorCode() == ErrorCode.IO_EXCEPTION_1
                    || s.getErrorCode() == ErrorCode.IO_EXCEPTION_2)) {
                return true;
            }
        }
        return false;
    }

    private static StoreException.Kind fromCause(Throwable t) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof IOException || t instanceof MVStoreException) {
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")
                    || m.contains("disk full")) {
                return StoreException.Kind.DISK_FULL;
            }
            if (t instanceof AccessDeniedException || m.contains("read-only file system") || m.contains("permission denied")
                    || m.contains("access is denied") || m.contains("operation not permitted")) {
                return StoreException.Kind.READ_ONLY;
            }
            if (m.contains("locked by another") || m.contains("being used by another process")) {
                return StoreException.Kind.LOCKED;
            }
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return StoreException.Kind.READ_ONLY;
        }
        if (t instanceof OverlappingFileLockException) {
            return StoreException.Kind.LOCKED;
        }
        if (t instanceof MVStoreException mv) {
            int code = mv.getErrorCode();
            if (code == DataUtils.ERROR_FILE_LOCKED) {
                return StoreException.Kind.LOCKED;
            }
            if (code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
                return StoreException.Kind.CORRUPT;
            }
        }
        return null;
    }

    private static StoreException.Kind fromCode(int code, boolean opening) {
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.LOCK_TIMEOUT_1 -> StoreException.Kind.LOCKED;
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> StoreException.Kind.WRONG_KEY;
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 -> StoreException.Kind.READ_ONLY;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StoreException.Kind.CORRUPT;
            case ErrorCode.DUPLICATE_KEY_1, ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 -> StoreException.Kind.CONSTRAINT;
            // at open, an unexplained file error means the file cannot be read as a store
            case ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    opening ? StoreException.Kind.CORRUPT : null;
            default -> null;
        };
    }

    /** Each cause's class and message, SQL and quoted values cut, digit runs of six or more masked: no patient data. */
    static String redactedChain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t : chain(e)) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            m = SQL_TAIL.matcher(m).replaceAll("");
            m = QUOTED.matcher(m).replaceAll("'…'");
            m = DIGITS.matcher(m).replaceAll("#");
            m = m.replaceAll("\\s+", " ").strip();
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t instanceof SQLException s) {
                sb.append('[').append(s.getErrorCode()).append(']');
            }
            sb.append(": ").append(m.length() > 300 ? m.substring(0, 300) + "…" : m);
        }
        return sb.toString();
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = e; t != null && seen.put(t, true) == null; t = t.getCause()) {
            out.add(t);
        }
        return out;
    }
}
