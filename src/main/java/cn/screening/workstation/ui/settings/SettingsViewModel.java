package cn.screening.workstation.ui.settings;

import cn.screening.workstation.service.BackupSettings;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsPort;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Language and idle-lock minutes, saved to the settings file in the background. */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of("zh", "en");
    public static final int MAX_IDLE_MINUTES = 120;
    public static final int MAX_BACKUPS_KEPT = 365;

    private final SettingsPort file;
    private final Settings current;
    private final Tasks tasks;
    private final I18n i18n;
    private final Texts texts;
    private final Consumer<Settings> applied;
    private final boolean mayChangeIdleLock;

    private final StringProperty language = new SimpleStringProperty();
    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final IntegerProperty backupKeep = new SimpleIntegerProperty(BackupSettings.DEFAULT_KEEP);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param applied told of the saved settings (the app reloads the window when the language changed)
     */
    public SettingsViewModel(SettingsPort file, Settings current, boolean mayChangeIdleLock, ScreenKit kit,
                             Consumer<Settings> applied) {
        this.file = file;
        this.current = current;
        this.mayChangeIdleLock = mayChangeIdleLock;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.texts = kit.texts();
        this.applied = applied;
        language.set(LANGUAGES.contains(current.language()) ? current.language() : "zh");
        idleLockMinutes.set(current.idleLockMinutes());
        backupFolder.set(current.backup().folder() == null ? "" : current.backup().folder());
        backupKeep.set(current.backup().keep());
    }

    public void save() {
        int minutes = Math.max(0, Math.min(MAX_IDLE_MINUTES, idleLockMinutes.get()));
        Settings next = current.withLanguage(language.get()).withIdleLockMinutes(mayChangeIdleLock ? minutes : current.idleLockMinutes())
                .withBackup(mayChangeIdleLock ? backupSettings() : current.backup());
        tasks.run(() -> file.save(next))
                .onSuccess(v -> {
                    message.set(i18n.get("settings.saved"));
                    applied.accept(next);
                })
                .onError(StoreException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** The folder as typed (blank: no automatic backup) and how many to keep, 1 to {@value #MAX_BACKUPS_KEPT}. */
    private BackupSettings backupSettings() {
        String folder = backupFolder.get() == null || backupFolder.get().isBlank() ? null : backupFolder.get().trim();
        return new BackupSettings(folder, Math.max(1, Math.min(MAX_BACKUPS_KEPT, backupKeep.get())));
    }

    public StringProperty backupFolder() {
        return backupFolder;
    }

    public IntegerProperty backupKeep() {
        return backupKeep;
    }

    public boolean mayChangeIdleLock() {
        return mayChangeIdleLock;
    }

    public StringProperty language() {
        return language;
    }

    public IntegerProperty idleLockMinutes() {
        return idleLockMinutes;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
