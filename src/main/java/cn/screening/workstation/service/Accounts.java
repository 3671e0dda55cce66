package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.UnlockResult;
import java.time.Instant;
import java.util.List;

/** Account administration and the idle-lock password check, for a logged-in workspace. */
public final class Accounts implements UsersPort, UnlockPort {

    private final Workspace ws;

    public Accounts(Workspace ws) {
        this.ws = ws;
    }

    @Override
    public List<UserAccount> list() {
        return ws.database().read(tx -> ws.users().all(tx));
    }

    /**
     * Adds an account. The keyring entry is written first: if the process dies before the row is
     * committed, the entry opens nothing (no active account) and adding the user again replaces it.
     */
    @Override
    public UserAccount add(String username, String displayName, Role role, char[] password) {
        ws.session().require(Permission.MANAGE_USERS);
        if (!PasswordPolicy.validUsername(username)) {
            throw new ServiceException("error.username.invalid");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new ServiceException("error.displayname.required");
        }
        PasswordPolicy.problem(password).ifPresent(k -> {
            throw new ServiceException(k);
        });
        if (ws.database().read(tx -> ws.users().find(tx, username)).isPresent()) {
            throw new ServiceException("error.username.taken", username);
        }
        ws.keyring().put(username, password, ws.key());
        try {
            return ws.database().write(ws.session().actor(), tx -> {
                UserAccount user = new UserAccount(username, displayName.trim(), role, true, tx.now(), null);
                ws.users().insert(tx, user);
                ws.audit().append(tx, AuditAction.USER_ADDED, "user", username, role.name());
                return user;
            });
        } catch (RuntimeException e) {
            ws.keyring().remove(username);
            throw e;
        }
    }

    /** Switches an account off (it keeps its history); its keyring entry is removed so it opens nothing. */
    public void deactivate(String username) {
        ws.session().require(Permission.MANAGE_USERS);
        if (username.equals(ws.session().user().username())) {
            throw new ServiceException("error.user.self");
        }
        ws.database().write(ws.session().actor(), tx -> {
            ws.users().setActive(tx, username, false);
            ws.audit().append(tx, AuditAction.USER_CHANGED, "user", username, "deactivated");
            return null;
        });
        ws.keyring().remove(username);
    }

    /** Unlocking an idle-locked screen: the same password check, the same lock-out. */
    @Override
    public LoginResult unlockScreen(char[] password) {
        return checkPassword(ws.session().user().username(), password, "screen lock", "screen unlocked", false);
    }

    /**
     * Checks an account's password against this open store as a login does (decision 0020): a wrong one
     * counts against the name; a right one settles the name's failures into the audit log ({@code failureDetail})
     * and is audited as a login ({@code loginDetail}). {@code asLogin}: a switched-off account is refused and
     * the login is recorded, as for a login from the start screen (the command line's backup, decision 0024).
     */
    LoginResult checkPassword(String username, char[] password, String failureDetail, String loginDetail, boolean asLogin) {
        Instant now = ws.database().clock().instant();
        UnlockResult r = ws.keyring().unlock(username, password, now);
        if (r instanceof UnlockResult.Locked l) {
            return new LoginResult.Locked(l.until());
        }
        if (r instanceof UnlockResult.WrongPassword w) {
            return new LoginResult.WrongPassword(w.attemptsLeft());
        }
        ((UnlockResult.Unlocked) r).key().destroy(); // the store is open under the same key already
        if (asLogin && !ws.database().read(tx -> ws.users().find(tx, username)).map(UserAccount::active).orElse(false)) {
            return new LoginResult.Inactive();
        }
        Instant lockedUntil = ws.database().write(new Actor(username, ws.session().site().siteCode()), tx -> {
            Instant lock = ws.keyring().settle(tx, ws.audit(), username, now, failureDetail);
            if (lock == null) {
                ws.audit().append(tx, AuditAction.LOGIN, "user", username, loginDetail);
                if (asLogin) {
                    ws.users().recordLogin(tx, username);
                }
            }
            return lock;
        });
        ws.keyring().settled(username, now);
        return lockedUntil == null ? new LoginResult.Success(ws) : new LoginResult.Locked(lockedUntil);
    }

    @Override
    public void recordScreenLocked() {
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.SCREEN_LOCKED, "user", ws.session().user().username(), null);
            return null;
        });
    }
}
