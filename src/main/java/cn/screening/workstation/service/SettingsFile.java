package cn.screening.workstation.service;


import cn.screening.workstation.store.AtomicFiles;
import cn.screening.workstation.store.OwnerOnly;
import cn.screening.workstation.store.StoreFailures;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and atomically saves {@link Settings}; a missing or damaged file gives the defaults. */
public final class SettingsFile implements SettingsPort {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final JsonFactory JSON = new JsonFactory();
    private final Path file;

    public SettingsFile(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULT;
        }
        try {
            Settings s = read(Files.readAllBytes(file));
            return new Settings(s.language() == null ? Settings.DEFAULT.language() : s.language(),
                    s.idleLockMinutes() < 0 ? Settings.DEFAULT.idleLockMinutes() : s.idleLockMinutes(), s.serverUrl(),
                    s.backup().keep() < 1 ? new BackupSettings(s.backup().folder(), BackupSettings.DEFAULT_KEEP) : s.backup());
        } catch (IOException | RuntimeException e) {
            LOG.warn("settings file unreadable, using defaults: {}", e.getMessage());
            return Settings.DEFAULT;
        }
    }

    /**
     * The file through Jackson's streaming parser: the window reads it before its first frame, and the
     * object mapper's start (most of half a second on a clinic's PC) is not needed for three fields.
     */
    static Settings read(byte[] json) throws IOException {
        String language = null;
        int idle = Settings.DEFAULT.idleLockMinutes();
        String server = null;
        BackupSettings backup = BackupSettings.NONE;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("settings are not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "language" -> language = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "idleLockMinutes" -> idle = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : idle;
                    case "serverUrl" -> server = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "backup" -> backup = value == JsonToken.START_OBJECT ? readBackup(p) : backup;
                    default -> p.skipChildren(); // written by a newer release: ignored, as before
                }
            }
        }
        return new Settings(language, idle, server, backup);
    }

    /** {@code "backup": {"folder": "...", "keep": 7}}; the parser stands on the object's start. */
    private static BackupSettings readBackup(JsonParser p) throws IOException {
        String folder = null;
        int keep = BackupSettings.DEFAULT_KEEP;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "folder" -> folder = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "keep" -> keep = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : keep;
                default -> p.skipChildren();
            }
        }
        return new BackupSettings(folder, keep);
    }

    @Override
    public void save(Settings settings) {
        try {
            OwnerOnly.folder(file.getParent());
            AtomicFiles.write(file, StoreJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException e) {
            throw StoreFailures.translate(e, false);
        }
    }
}
