package cn.screening.workstation.service;

import java.nio.file.Path;

/** Backups as the window uses them: the daily run after login, the settings page's recovery password and 立即备份. */
public interface BackupPort {

    boolean hasRecoveryPassword();

    /** Administrators only; refused when weak. */
    void setRecoveryPassword(char[] password);

    /** A backup now into the settings' folder; answers the file written. */
    Path backupNow(BackupSettings settings);

    /** The daily backup, unless today's file is there. */
    AutomaticBackup.Outcome runIfDue(BackupSettings settings);
}
