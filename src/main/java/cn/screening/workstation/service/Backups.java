package cn.screening.workstation.service;

import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.store.AtomicFiles;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.BackupFile;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.OwnerOnly;
import cn.screening.workstation.store.RecoveryWrap;
import cn.screening.workstation.store.StoreCopy;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.StoreOptions;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backs a workstation's folder up into one encrypted file, and restores such a file into an empty
 * folder. The file holds the store as a script taken from a snapshot (made while the store is in
 * use), its row counts, the keyring and the settings; the keyring comes back as it was, so the
 * accounts log in with their old passwords (decision 0019).
 */
public final class Backups {

    static final String STORE_ENTRY = "store.sql";
    static final String ROWS_ENTRY = "rows.json";
    /**
     * The files a backup carries beside the store and the keyring, restored before the keyring (written last). Without
     * the lock-out journal a restored name with settled failures would read as tampered, and lock.
     */
    private static final List<String> FILES_BESIDE = List.of(SettingsFile.FILE_NAME, Keyring.JOURNAL_FILE_NAME);

    private final LockoutPolicy policy;
    private final StoreOptions storeOptions;
    private final RestoreCheck check;
    private final SecureRandom random = new SecureRandom();

    public Backups(LockoutPolicy policy, StoreOptions storeOptions, RestoreCheck check) {
        this.policy = policy;
        this.storeOptions = storeOptions;
        this.check = check;
    }

    /** A backup written. */
    public record Made(Path file, long bytes, int tables, long rows) {
    }

    /** A folder restored and checked. */
    public record Restored(Path folder, String siteName, Instant created, int tables, long rows) {
    }

    /** Backs up to {@code out} with the data key wrapped for a recovery password typed now. */
    public Made create(Workspace ws, Path out, char[] recoveryPassword) {
        return create(ws, ws.session(), out, recoveryPassword, null);
    }

    /**
     * The same, asked for by {@code by} (who need not be the workspace's own user: the command line asks
     * the window, decision 0024); {@code via} is added to the audit line when not null.
     */
    public Made create(Workspace ws, Session by, Path out, char[] recoveryPassword, String via) {
        PasswordPolicy.problem(recoveryPassword).ifPresent(k -> {
            throw new ServiceException("error.backup.recoveryWeak");
        });
        return create(ws, by, out, RecoveryWrap.make(recoveryPassword, ws.key(), policy.pbkdf2Iterations(), random), via);
    }

    /**
     * Backs up to {@code out} (which must not exist) with the given wrap of the data key in its header.
     * The file is written beside its name and moved into place when whole.
     */
    public Made create(Workspace ws, Path out, RecoveryWrap recovery) {
        return create(ws, ws.session(), out, recovery, null);
    }

    private Made create(Workspace ws, Session by, Path out, RecoveryWrap recovery, String via) {
        if (Files.exists(out)) {
            throw new ServiceException("error.backup.exists", out.toString());
        }
        Database db = ws.database();
        Path part = out.resolveSibling(out.getFileName() + ".part");
        db.write(by.actor(), tx -> {
            ws.audit().append(tx, AuditAction.EXPORT, "backup", null, "backup " + out.getFileName() + (via == null ? "" : " via " + via));
            return null;
        });
        SiteProfile site = by.site();
        BackupFile.Header header = new BackupFile.Header(BackupFile.VERSION, db.clock().instant(), site.siteCode(), site.name(), recovery);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.deleteIfExists(part); // left by a backup killed half-way (sealed, but never whole)
            Map<String, Long> rows;
            // owner-only from its first byte, like every file of the data folder (sealed all the same)
            try (OutputStream file = new BufferedOutputStream(Channels.newOutputStream(Files.newByteChannel(part,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OwnerOnly.createAttributes(part))));
                 ZipOutputStream zip = new ZipOutputStream(BackupFile.write(file, header, ws.key(), random))) {
                zip.putNextEntry(new ZipEntry(STORE_ENTRY));
                rows = StoreCopy.script(db, new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }
                });
                zip.closeEntry();
                entry(zip, ROWS_ENTRY, StoreJson.MAPPER.writeValueAsBytes(rows));
                entry(zip, Keyring.FILE_NAME, Files.readAllBytes(db.folder().resolve(Keyring.FILE_NAME)));
                for (String name : FILES_BESIDE) {
                    Path beside = db.folder().resolve(name);
                    if (Files.exists(beside)) {
                        entry(zip, name, Files.readAllBytes(beside));
                    }
                }
            }
            OwnerOnly.file(part); // Windows: the owner's ACL, set once the file exists
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(part, out, StandardCopyOption.ATOMIC_MOVE);
            return new Made(out, Files.size(out), rows.size(), rows.values().stream().mapToLong(Long::longValue).sum());
        } catch (IOException | UncheckedIOException | StoreException e) {
            deleteQuietly(part);
            throw new ServiceException("error.backup.writeFailed", e, out.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Restores {@code file} into {@code target}, which must hold no store: the store first, checked,
     * then the settings and last the keyring (a restore cut short leaves a folder that is not set up).
     * What it wrote is removed when it refuses or fails.
     */
    public Restored restore(Path file, char[] recoveryPassword, Path target, Clock clock) {
        if (Database.exists(target) || Keyring.exists(target)) {
            throw new ServiceException("error.backup.targetHoldsStore", target.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new ServiceException("error.backup.noFile", file.toString());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            BackupFile.Opened opened = open(in, file);
            DataKey key = opened.header().recovery().open(recoveryPassword)
                    .orElseThrow(() -> new ServiceException("error.backup.recoveryWrong"));
            Files.createDirectories(target);
            try {
                return restoreContent(opened, key, target, clock, file);
            } catch (RuntimeException e) {
                removeRestoredStore(target);
                throw e;
            } finally {
                key.destroy();
            }
        } catch (IOException e) {
            throw new ServiceException("error.backup.damaged", e, file.toString());
        }
    }

    private static BackupFile.Opened open(InputStream in, Path file) {
        try {
            return BackupFile.read(in);
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("error.backup.notABackup", e, file.toString());
        }
    }

    private Restored restoreContent(BackupFile.Opened opened, DataKey key, Path target, Clock clock, Path file) {
        Map<String, byte[]> small = new HashMap<>();
        RestoreCheck.Result result;
        try (ZipInputStream zip = new ZipInputStream(opened.content(key))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(STORE_ENTRY)) {
                throw new ServiceException("error.backup.damaged", file.toString());
            }
            InputStream entry = new FilterInputStream(zip) {
                @Override
                public void close() {
                    // the zip goes on to its next entry
                }
            };
            try (Database db = Database.restore(target, key, storeOptions, clock,
                    new java.io.BufferedReader(new InputStreamReader(entry, StandardCharsets.UTF_8), 1 << 16))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    small.put(e.getName(), zip.readAllBytes());
                }
                if (!small.containsKey(ROWS_ENTRY) || !small.containsKey(Keyring.FILE_NAME)) {
                    throw new ServiceException("error.backup.damaged", file.toString());
                }
                Map<String, Long> rows = StoreJson.MAPPER.readValue(small.get(ROWS_ENTRY), new TypeReference<java.util.LinkedHashMap<String, Long>>() { });
                result = check.check(db, rows);
            }
            for (String name : FILES_BESIDE) {
                if (small.containsKey(name)) {
                    AtomicFiles.write(target.resolve(name), small.get(name));
                }
            }
            AtomicFiles.write(target.resolve(Keyring.FILE_NAME), small.get(Keyring.FILE_NAME));
        } catch (IOException e) {
            throw new ServiceException("error.backup.damaged", e, file.toString());
        }
        BackupFile.Header h = opened.header();
        return new Restored(target, h.siteName(), h.created(), result.tables(), result.rows());
    }

    /** Removes the store files a failed restore made (the folder held none before it). */
    private static void removeRestoredStore(Path target) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target, Database.FILE_NAME + ".*")) {
            for (Path f : files) {
                deleteQuietly(f);
            }
        } catch (IOException e) {
            // nothing more to remove
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // left behind: named .part or inside a folder without keyring, so never taken for a store
        }
    }
}
