package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.RecoveryWrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup into the folder of the settings, made after a login at most once a day, keeping
 * the newest N files. It has nobody to type a recovery password, so each file's header carries the
 * wrap an administrator made once in the settings (kept in the keyring; decision 0019).
 */
public final class AutomaticBackup {

    static final String PREFIX = "screening-backup-";
    static final String SUFFIX = ".scbak";
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackup.class);

    private final Backups backups;
    private final Clock clock;

    public AutomaticBackup(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /** What the run after a login did. */
    public sealed interface Outcome {
        /** No backup folder in the settings. */
        record Off() implements Outcome {
        }

        /** Today's file was already there. */
        record AlreadyToday(Path file) implements Outcome {
        }

        record Made(Backups.Made made, List<Path> removed) implements Outcome {
        }
    }

    /**
     * Backs up into the folder unless today's file is there, then removes all but the newest
     * {@code keep} daily files. Refuses (a {@link ServiceException}) when no recovery password is set.
     */
    public Outcome runIfDue(Workspace ws, BackupSettings settings) {
        if (!settings.enabled()) {
            return new Outcome.Off();
        }
        Path folder = Path.of(settings.folder());
        Path today = folder.resolve(fileName(LocalDate.now(clock)));
        if (Files.exists(today)) {
            return new Outcome.AlreadyToday(today);
        }
        RecoveryWrap wrap = ws.keyring().recovery().orElseThrow(() -> new ServiceException("error.backup.noRecovery"));
        Backups.Made made = backups.create(ws, today, wrap);
        List<Path> removed = keepNewest(folder, Math.max(1, settings.keep()));
        LOG.info("daily backup {} ({} bytes), {} older removed", today.getFileName(), made.bytes(), removed.size());
        return new Outcome.Made(made, removed);
    }

    /**
     * A backup made on request (the settings page's 立即备份): named with the time too, so it never
     * takes a daily file's place and is not counted among the N kept.
     */
    public Backups.Made runNow(Workspace ws, BackupSettings settings) {
        if (!settings.enabled()) {
            throw new ServiceException("error.backup.noRecovery");
        }
        RecoveryWrap wrap = ws.keyring().recovery().orElseThrow(() -> new ServiceException("error.backup.noRecovery"));
        String at = java.time.LocalDateTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        return backups.create(ws, Path.of(settings.folder()).resolve(PREFIX + at + SUFFIX), wrap);
    }

    /** What the settings page does with backups, for one logged-in workspace. */
    public BackupPort port(Workspace ws) {
        return new BackupPort() {
            @Override
            public boolean hasRecoveryPassword() {
                return AutomaticBackup.hasRecoveryPassword(ws);
            }

            @Override
            public void setRecoveryPassword(char[] password) {
                AutomaticBackup.setRecoveryPassword(ws, password);
            }

            @Override
            public Path backupNow(BackupSettings settings) {
                return runNow(ws, settings).file();
            }

            @Override
            public Outcome runIfDue(BackupSettings settings) {
                return AutomaticBackup.this.runIfDue(ws, settings);
            }
        };
    }

    static String fileName(LocalDate day) {
        return PREFIX + day + SUFFIX;
    }

    /** Deletes the daily files beyond the newest {@code keep} (the date in the name orders them); other files stay. */
    static List<Path> keepNewest(Path folder, int keep) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> daily = files.filter(AutomaticBackup::isDaily).sorted().toList();
            List<Path> old = daily.subList(0, Math.max(0, daily.size() - keep));
            for (Path f : old) {
                Files.deleteIfExists(f);
            }
            return old;
        } catch (IOException e) {
            throw new ServiceException("error.backup.writeFailed", e, folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static boolean isDaily(Path f) {
        String name = f.getFileName().toString();
        return name.matches(PREFIX + "\\d{4}-\\d{2}-\\d{2}" + "\\" + SUFFIX) && Files.isRegularFile(f);
    }

    /**
     * An administrator sets the recovery password of automatic backups: the data key is wrapped for it
     * once and kept in the keyring. Audited, without the password.
     */
    public static void setRecoveryPassword(Workspace ws, char[] password) {
        ws.session().require(Permission.MANAGE_SETTINGS);
        PasswordPolicy.problem(password).ifPresent(k -> {
            throw new ServiceException("error.backup.recoveryWeak");
        });
        ws.keyring().setRecovery(password, ws.key());
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.SETTINGS_CHANGED, "backup", null, "recovery password set");
            return null;
        });
    }

    /** Whether automatic backups have a recovery password. */
    public static boolean hasRecoveryPassword(Workspace ws) {
        return ws.keyring().recovery().isPresent();
    }
}
