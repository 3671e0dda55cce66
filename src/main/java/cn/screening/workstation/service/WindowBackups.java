package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.UnlockResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups the command line asks the running window for (decision 0024): the account is checked as a
 * login checks it (the keyring, the lock-out count, the audit line), it must be allowed to back up, and
 * then the backup is made as 立即备份 makes it, from the window's open store. One at a time.
 */
public final class WindowBackups {

    /** What the audit lines say the request came through. */
    static final String VIA = "command line";
    private static final Logger LOG = LoggerFactory.getLogger(WindowBackups.class);

    private final Workspace ws;
    private final Backups backups;
    private final ZoneId zone;
    final ReentrantLock running = new ReentrantLock(); // one backup at a time; seen by the tests

    public WindowBackups(Workspace ws, Backups backups, ZoneId zone) {
        this.ws = ws;
        this.backups = backups;
        this.zone = zone;
    }

    /** The command line's request; {@code out} is absolute, {@code lang} the command line's language. */
    public record Request(String user, char[] password, char[] recoveryPassword, String out, String lang) {
        public void wipe() {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (recoveryPassword != null) {
                Arrays.fill(recoveryPassword, '\0');
            }
        }
    }

    /** The window's answer: the file made, or a sentence in the request's language ({@code failed}: the store failed, not a refusal). */
    public record Answer(boolean ok, String file, int tables, long rows, long bytes, String error, boolean failed) {
        static Answer made(Backups.Made m) {
            return new Answer(true, m.file().toString(), m.tables(), m.rows(), m.bytes(), null, false);
        }

        static Answer refused(String sentence) {
            return new Answer(false, null, 0, 0, 0, sentence, false);
        }
    }

    /** The account checked: its session, or the login's refusal. */
    private sealed interface Checked {
        record Allowed(Session session) implements Checked {
        }

        record Refused(LoginResult result) implements Checked {
        }
    }

    /** Handles one request; a second one while a backup runs is told so at once. */
    public Answer handle(Request r) {
        Texts texts = new Texts(Texts.localeOf(r.lang() == null ? "zh" : r.lang()));
        if (!running.tryLock()) {
            r.wipe();
            return Answer.refused(texts.get("error.backup.busy"));
        }
        try {
            if (r.user() == null || r.password() == null || r.recoveryPassword() == null || r.out() == null
                    || !Path.of(r.out()).isAbsolute()) {
                return Answer.refused(texts.get("error.backup.badRequest"));
            }
            Checked checked = authenticate(r.user(), r.password());
            if (checked instanceof Checked.Refused no) {
                return Answer.refused(texts.refusal(no.result(), zone));
            }
            Session by = ((Checked.Allowed) checked).session();
            by.require(Permission.MANAGE_SETTINGS);
            Backups.Made made = backups.create(ws, by, Path.of(r.out()), r.recoveryPassword(), VIA);
            LOG.info("backup for the command line by {}: {} ({} bytes)", by.user().username(), made.file().getFileName(), made.bytes());
            return Answer.made(made);
        } catch (ServiceException e) {
            return Answer.refused(texts.of(e));
        } catch (StoreException e) {
            LOG.warn("backup for the command line failed: {}", e.logLine());
            return new Answer(false, null, 0, 0, 0, texts.of(e), true);
        } finally {
            r.wipe();
            running.unlock();
        }
    }

    /** Waits (up to {@code limit}) for a backup under way to finish: the store must not close beneath it. */
    void awaitIdle(java.time.Duration limit) {
        try {
            if (running.tryLock(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.warn("a backup for the command line still runs after {}; the store closes beneath it", limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The same check as a login (decision 0020): a wrong password counts against the name and is audited
     * at its next good login; a right one settles the failures in the audit log.
     */
    private Checked authenticate(String username, char[] password) {
        Instant now = ws.database().clock().instant();
        UnlockResult unlock = ws.keyring().unlock(username, password, now);
        if (unlock instanceof UnlockResult.WrongPassword w) {
            return new Checked.Refused(new LoginResult.WrongPassword(w.attemptsLeft()));
        }
        if (unlock instanceof UnlockResult.Locked l) {
            return new Checked.Refused(new LoginResult.Locked(l.until()));
        }
        ((UnlockResult.Unlocked) unlock).key().destroy(); // the window's store is open under the same key
        Optional<UserAccount> user = ws.database().read(tx -> ws.users().find(tx, username));
        if (user.isEmpty() || !user.get().active()) {
            return new Checked.Refused(new LoginResult.Inactive());
        }
        Session session = new Session(user.get(), ws.session().site());
        Instant lockedUntil = ws.database().write(session.actor(), tx -> {
            Instant lock = ws.keyring().settle(tx, ws.audit(), username, now, VIA);
            if (lock == null) {
                ws.audit().append(tx, AuditAction.LOGIN, "user", username, VIA);
                ws.users().recordLogin(tx, username);
            }
            return lock;
        });
        ws.keyring().settled(username, now);
        return lockedUntil == null ? new Checked.Allowed(session) : new Checked.Refused(new LoginResult.Locked(lockedUntil));
    }
}
