package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.store.StoreException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
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
            // the same check as a login: a wrong password counts towards the lock-out and is audited (decision 0020)
            LoginResult checked = new Accounts(ws).checkPassword(r.user(), r.password(), VIA, VIA, true);
            if (!(checked instanceof LoginResult.Success)) {
                return Answer.refused(texts.refusal(checked, zone));
            }
            UserAccount user = ws.database().read(tx -> ws.users().find(tx, r.user())).orElseThrow();
            Session by = new Session(user, ws.session().site());
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
}
