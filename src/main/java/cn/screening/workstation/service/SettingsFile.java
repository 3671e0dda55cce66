package cn.screening.workstation.service;


import cn.screening.workstation.store.AtomicFiles;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.StoreJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and atomically saves {@link Settings}; a missing or damaged file gives the defaults. */
public final class SettingsFile implements SettingsPort {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private final Path file;

    public SettingsFile(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULT;
        }
        try {
            Settings s = StoreJson.MAPPER.readValue(file.toFile(), Settings.class);
            return new Settings(s.language() == null ? Settings.DEFAULT.language() : s.language(),
                    s.idleLockMinutes() < 0 ? Settings.DEFAULT.idleLockMinutes() : s.idleLockMinutes(), s.serverUrl());
        } catch (IOException e) {
            LOG.warn("settings file unreadable, using defaults: {}", e.getMessage());
            return Settings.DEFAULT;
        }
    }

    @Override
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, StoreJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot write settings: " + e.getMessage(), e);
        }
    }
}
