package cn.screening.workstation.service;

import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.OwnerOnly;
import cn.screening.workstation.store.SiteRepository;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.store.UnlockResult;
import cn.screening.workstation.store.UserRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One data folder: tells whether it is set up, sets it up, and logs users in. The store is
 * opened only by a right password, since the password is what unwraps its key.
 */
public final class Workstation implements LoginPort, SetupPort {

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    /** The folder the save dialogs open in, inside the data folder and owner-only like it. */
    public static final String EXPORTS = "exports";

    private final Path folder;
    private final LockoutPolicy policy;
    private final StoreOptions storeOptions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Workstation(Path folder, LockoutPolicy policy, StoreOptions storeOptions, Clock clock) {
        this.folder = folder;
        this.policy = policy;
        this.storeOptions = storeOptions;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsFile settingsFile() {
        return new SettingsFile(folder);
    }

    /** Set up means: a keyring exists (it is written last by {@link #setUp}). */
    public boolean isSetUp() {
        return Keyring.exists(folder);
    }

    /**
     * First start: makes the data key, the store, the site profile and the first administrator.
     * The keyring is written last, so a set-up cut short leaves a folder that asks for set-up again.
     */
    @Override
    public void setUp(SiteProfile site, String adminUsername, String adminDisplayName, char[] password) {
        if (isSetUp()) {
            throw new ServiceException("error.setup.done");
        }
        if (!PasswordPolicy.validUsername(adminUsername)) {
            throw new ServiceException("error.username.invalid");
        }
        PasswordPolicy.problem(password).ifPresent(k -> {
            throw new ServiceException(k);
        });
        setAsideInterruptedSetup();
        DataKey key = DataKey.generate(random);
        Actor actor = new Actor(adminUsername, site.siteCode());
        try (Database db = Database.open(folder, key, storeOptions, clock)) {
            db.write(actor, tx -> {
                new SiteRepository().save(tx, site);
                new UserRepository().insert(tx, new UserAccount(adminUsername, adminDisplayName, Role.ADMIN, true, tx.now(), null));
                new AuditLog().append(tx, AuditAction.SETUP, "site", site.siteCode(), site.name());
                return null;
            });
        }
        Keyring ring = Keyring.empty(folder, policy, random);
        ring.put(adminUsername, password, key);
        key.destroy();
    }

    private void setAsideInterruptedSetup() {
        try {
            OwnerOnly.folder(folder);
            if (Database.exists(folder)) {
                Path aside = folder.resolve(Database.FILE_NAME + ".mv.db.interrupted-" + clock.millis());
                Files.move(folder.resolve(Database.FILE_NAME + ".mv.db"), aside);
                LOG.warn("a store without keyring (set-up cut short) was moved to {}", aside);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ServiceException("error.folder.unwritable", e, folder.toString());
        }
    }

    /** Checks the password, opens the store, and audits the login (and any failures since the last one). */
    @Override
    public LoginResult login(String username, char[] password) {
        Keyring ring = Keyring.load(folder, policy, random);
        Instant now = clock.instant();
        UnlockResult unlock = ring.unlock(username, password, now);
        if (unlock instanceof UnlockResult.WrongPassword w) {
            return new LoginResult.WrongPassword(w.attemptsLeft());
        }
        if (unlock instanceof UnlockResult.Locked l) {
            return new LoginResult.Locked(l.until());
        }
        UnlockResult.Unlocked ok = (UnlockResult.Unlocked) unlock;
        Database db = Database.open(folder, ok.key(), storeOptions, clock);
        try {
            Optional<UserAccount> user = db.read(tx -> new UserRepository().find(tx, username));
            SiteProfile site = db.read(tx -> new SiteRepository().find(tx)).orElseThrow();
            if (user.isEmpty() || !user.get().active()) {
                db.close();
                return new LoginResult.Inactive();
            }
            Session session = new Session(user.get(), site);
            Instant lockedUntil = db.write(session.actor(), tx -> {
                AuditLog audit = new AuditLog();
                Instant lock = ring.settle(tx, audit, username, now, null);
                if (lock == null) {
                    audit.append(tx, AuditAction.LOGIN, "user", username, null);
                    new UserRepository().recordLogin(tx, username);
                }
                return lock;
            });
            ring.settled(username, now);
            if (lockedUntil != null) {
                // the lock-out record outside the store went back or lost failures: the right password waits too
                db.close();
                ok.key().destroy();
                return new LoginResult.Locked(lockedUntil);
            }
            OwnerOnly.folder(folder.resolve(EXPORTS));
            return new LoginResult.Success(new Workspace(db, ok.key(), ring, session));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
