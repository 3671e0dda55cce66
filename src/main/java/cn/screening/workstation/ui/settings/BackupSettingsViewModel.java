package cn.screening.workstation.ui.settings;

import cn.screening.workstation.service.BackupPort;
import cn.screening.workstation.service.BackupSettings;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.Arrays;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The backup part of the settings page, for administrators: the recovery password that automatic
 * backups are made for (wrapped once, kept in the keyring), and a backup on request. The folder and
 * how many to keep are saved with the other settings ({@link SettingsViewModel}).
 */
public final class BackupSettingsViewModel {

    private final BackupPort port;
    private final boolean mayChange;
    private final Supplier<Settings> saved;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final StringProperty recovery = new SimpleStringProperty("");
    private final StringProperty recoveryAgain = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param saved the settings as last saved (the folder a backup on request goes to) */
    public BackupSettingsViewModel(BackupPort port, boolean mayChange, Supplier<Settings> saved, ScreenKit kit) {
        this.port = port;
        this.mayChange = mayChange;
        this.saved = saved;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
    }

    public void load() {
        if (mayChange) {
            tasks.run(port::hasRecoveryPassword).onSuccess(this::showState).busy(busy).start();
        }
    }

    private void showState(boolean set) {
        state.set(i18n.get(set ? "settings.backup.recoverySet" : "settings.backup.recoveryNotSet"));
    }

    public void setRecoveryPassword() {
        char[] first = recovery.get() == null ? new char[0] : recovery.get().toCharArray();
        char[] again = recoveryAgain.get() == null ? new char[0] : recoveryAgain.get().toCharArray();
        if (!Arrays.equals(first, again)) {
            refused(texts.get("error.backup.recoveryMismatch"));
            return;
        }
        tasks.run(() -> port.setRecoveryPassword(first))
                .onSuccess(v -> {
                    recovery.set("");
                    recoveryAgain.set("");
                    said(i18n.get("settings.backup.recoverySaved"));
                    showState(true);
                })
                .onError(ServiceException.class, e -> refused(texts.of(e)))
                .onError(StoreException.class, e -> refused(texts.of(e)))
                .andFinally(() -> Arrays.fill(first, '\0'))
                .busy(busy)
                .start();
    }

    public void backupNow() {
        BackupSettings settings = saved.get().backup();
        if (!settings.enabled()) {
            refused(i18n.get("settings.backup.noFolder"));
            return;
        }
        said("");
        tasks.run(() -> port.backupNow(settings))
                .onSuccess(file -> said(i18n.get("settings.backup.made", file.toString())))
                .onError(ServiceException.class, e -> refused(texts.of(e)))
                .onError(StoreException.class, e -> refused(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void said(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void refused(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    public boolean mayChange() {
        return mayChange;
    }

    public StringProperty recovery() {
        return recovery;
    }

    public StringProperty recoveryAgain() {
        return recoveryAgain;
    }

    public StringProperty state() {
        return state;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty messageIsError() {
        return messageIsError;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
