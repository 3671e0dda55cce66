package cn.screening.workstation.service;

import cn.screening.workstation.store.AtomicFiles;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The administrator's privacy settings, in {@code privacy.json} beside the store (apart from settings.json,
 * which every user's window rewrites).
 *
 * @param exportRetentionDays  files in the data folder's {@code exports/} older than this are removed at login; 0 = keep
 * @param auditRetentionMonths how long audit lines must be kept; recorded and shown, never used to delete a line
 *                             (the audit is append-only, decision 0023)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PrivacySettings(int exportRetentionDays, int auditRetentionMonths) {

    public static final String FILE_NAME = "privacy.json";
    public static final PrivacySettings DEFAULT = new PrivacySettings(30, 36);

    public static PrivacySettings load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try {
            PrivacySettings p = StoreJson.MAPPER.readValue(file.toFile(), PrivacySettings.class);
            return new PrivacySettings(Math.max(0, p.exportRetentionDays()), Math.max(0, p.auditRetentionMonths()));
        } catch (IOException e) {
            return DEFAULT;
        }
    }

    /** Saves the settings; only an administrator may change them. Callers go through {@link PrivacyChoices}, which audits. */
    static void save(Session session, Path folder, PrivacySettings settings) {
        session.require(cn.screening.workstation.domain.user.Permission.MANAGE_SETTINGS);
        if (settings.exportRetentionDays() < 0 || settings.auditRetentionMonths() < 0) {
            throw new ServiceException("privacy.retention.negative");
        }
        try {
            AtomicFiles.write(folder.resolve(FILE_NAME), StoreJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, folder.resolve(FILE_NAME).toString());
        }
    }
}
