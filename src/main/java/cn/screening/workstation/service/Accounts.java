package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
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
        String me = ws.session().user().username();
        Instant now = ws.database().clock().instant();
        UnlockResult r = ws.keyring().unlock(me, password, now);
        if (r instanceof UnlockResult.Unlocked ok) {
            ok.key().destroy();
            Instant lockedUntil = ws.database().write(ws.session().actor(), tx -> {
                Instant lock = ws.keyring().settle(tx, ws.audit(), me, now, "screen lock");
                if (lock == null) {
                    ws.audit().append(tx, AuditAction.LOGIN, "user", me, "screen unlocked");
                }
                return lock;
            });
            ws.keyring().settled(me, now);
            return lockedUntil == null ? new LoginResult.Success(ws) : new LoginResult.Locked(lockedUntil);
        }
        if (r instanceof UnlockResult.Locked l) {
            return new LoginResult.Locked(l.until());
        }
        return new LoginResult.WrongPassword(((UnlockResult.WrongPassword) r).attemptsLeft());
    }

    @Override
    public void recordScreenLocked() {
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.SCREEN_LOCKED, "user", ws.session().user().username(), null);
            return null;
        });
    }
}
