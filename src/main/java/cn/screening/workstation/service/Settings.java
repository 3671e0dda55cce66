package cn.screening.workstation.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Workstation settings that are not patient data, kept as a small JSON file beside the store.
 *
 * @param language         "zh" (default) or "en"
 * @param idleLockMinutes  the screen locks after this long without input; 0 = never
 * @param serverUrl        the provincial server, once known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String language, int idleLockMinutes, String serverUrl) {

    public static final Settings DEFAULT = new Settings("zh", 10, null);

    public Settings withLanguage(String lang) {
        return new Settings(lang, idleLockMinutes, serverUrl);
    }

    public Settings withIdleLockMinutes(int minutes) {
        return new Settings(language, minutes, serverUrl);
    }

    public Settings withServerUrl(String url) {
        return new Settings(language, idleLockMinutes, url);
    }
}
