package cn.screening.workstation.service;

import cn.screening.workstation.store.AuditAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes exported files older than the administrator's retention from the data folder's {@code exports/}
 * (PIPL: a copy is kept no longer than needed). Runs at login, in the background; one audit line says how
 * many went, never their names (a file name may carry a patient's name).
 */
public final class ExportRetention {

    public static final String FOLDER = "exports";

    private final Workspace ws;

    public ExportRetention(Workspace ws) {
        this.ws = ws;
    }

    /** The exports folder of this workstation's data folder. */
    public Path folder() {
        return ws.database().folder().resolve(FOLDER);
    }

    /** Removes the files last written more than {@code days} ago; 0 keeps everything. How many were removed. */
    public int sweep(int days) {
        Path folder = folder();
        if (days <= 0 || !Files.isDirectory(folder)) {
            return 0;
        }
        Instant before = ws.database().clock().instant().minus(Duration.ofDays(days));
        List<Path> old = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    old.add(f);
                }
            }
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, folder.toString());
        }
        int removed = 0;
        for (Path f : old) {
            try {
                removed += Files.deleteIfExists(f) ? 1 : 0;
            } catch (IOException e) {
                // open in another program: it goes at a later login
            }
        }
        if (removed > 0) {
            int count = removed;
            ws.database().write(ws.session().actor(), tx -> {
                ws.audit().append(tx, AuditAction.DELETE, "export_file", null,
                        "retention removed=" + count + " older_than_days=" + days + " folder=" + FOLDER);
                return null;
            });
        }
        return removed;
    }
}
