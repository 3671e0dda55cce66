package cn.screening.workstation.service;

/** What the idle lock needs: the lock noted in the audit log, the user's password checked again; fulfilled by {@link Accounts}. */
public interface UnlockPort {

    void recordScreenLocked();

    LoginResult unlockScreen(char[] password);
}
