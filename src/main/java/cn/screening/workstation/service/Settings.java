package cn.screening.workstation.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Workstation settings that are not patient data, kept as a small JSON file beside the store.
 *
 * @param language         "zh" (default) or "en"
 * @param idleLockMinutes  the screen locks after this long without input; 0 = never
 * @param serverUrl        the provincial server, once known
 * @param backup           the daily automatic backup's folder and how many files it keeps
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String language, int idleLockMinutes, String serverUrl, BackupSettings backup) {

    public static final Settings DEFAULT = new Settings("zh", 10, null);

    public Settings(String language, int idleLockMinutes, String serverUrl) {
        this(language, idleLockMinutes, serverUrl, BackupSettings.NONE);
    }

    public Settings withLanguage(String lang) {
        return new Settings(lang, idleLockMinutes, serverUrl, backup);
    }

    public Settings withIdleLockMinutes(int minutes) {
        return new Settings(language, minutes, serverUrl, backup);
    }

    public Settings withServerUrl(String url) {
        return new Settings(language, idleLockMinutes, url, backup);
    }

    public Settings withBackup(BackupSettings b) {
        return new Settings(language, idleLockMinutes, serverUrl, b);
    }
}
