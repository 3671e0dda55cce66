package cn.screening.workstation.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The daily automatic backup ({@code backup.folder}, {@code backup.keep} in the settings file).
 *
 * @param folder where the daily backup files go; none = no automatic backup
 * @param keep   how many of the newest daily files are kept (default 7)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupSettings(String folder, int keep) {

    public static final int DEFAULT_KEEP = 7;
    public static final BackupSettings NONE = new BackupSettings(null, DEFAULT_KEEP);

    public boolean enabled() {
        return folder != null && !folder.isBlank();
    }
}
