package cn.screening.workstation.ui.settings;

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

    private final SettingsPort file;
    private final Settings current;
    private final Tasks tasks;
    private final I18n i18n;
    private final Texts texts;
    private final Consumer<Settings> applied;
    private final boolean mayChangeIdleLock;

    private final StringProperty language = new SimpleStringProperty();
    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
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
    }

    public void save() {
        int minutes = Math.max(0, Math.min(MAX_IDLE_MINUTES, idleLockMinutes.get()));
        Settings next = current.withLanguage(language.get()).withIdleLockMinutes(mayChangeIdleLock ? minutes : current.idleLockMinutes());
        tasks.run(() -> file.save(next))
                .onSuccess(v -> {
                    message.set(i18n.get("settings.saved"));
                    applied.accept(next);
                })
                .onError(StoreException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
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
