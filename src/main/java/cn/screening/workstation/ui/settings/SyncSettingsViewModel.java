package cn.screening.workstation.ui.settings;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SyncSettingsPort;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Enrols this workstation with the provincial server, or moves it to a new address without enrolling again. */
public final class SyncSettingsViewModel {

    private final SyncSettingsPort port;
    private final boolean mayChange;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable enrolled;
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty isEnrolled = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param enrolled told after a successful enrolment (background sync starts) */
    public SyncSettingsViewModel(SyncSettingsPort port, boolean mayChange, ScreenKit kit, Runnable enrolled) {
        this.port = port;
        this.mayChange = mayChange;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.enrolled = enrolled;
    }

    public void load() {
        if (!mayChange) {
            return;
        }
        tasks.run(port::current).onSuccess(this::show).busy(busy).start();
    }

    private void show(SyncSettingsPort.Enrolment e) {
        isEnrolled.set(e.enrolled());
        if (e.serverUrl() != null) {
            serverUrl.set(e.serverUrl());
        }
        state.set(e.enrolled() ? i18n.get("settings.sync.enrolledAt", e.siteCode(), e.serverUrl())
                : i18n.get("settings.sync.notEnrolled"));
    }

    public void enrol() {
        String url = serverUrl.get();
        String oneTimeCode = code.get() == null ? "" : code.get().trim();
        if (oneTimeCode.isEmpty()) {
            refused(i18n.get("settings.sync.codeMissing"));
            return;
        }
        tasks.run(() -> port.enrol(url, oneTimeCode))
                .onSuccess(site -> {
                    code.set("");
                    messageIsError.set(false);
                    message.set(i18n.get("settings.sync.enrolled", site));
                    enrolled.run();
                    load();
                })
                .onError(ServiceException.class, e -> refused(texts.of(e)))
                .busy(busy)
                .start();
    }

    public void changeServer() {
        String url = serverUrl.get();
        tasks.run(() -> port.changeServer(url))
                .onSuccess(v -> {
                    messageIsError.set(false);
                    message.set(texts.get("sync.server.changed", url.trim()));
                    load();
                })
                .onError(ServiceException.class, e -> refused(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void refused(String sentence) {
        messageIsError.set(true);
        message.set(sentence);
    }

    /** True while the message says why something failed: shown in red, never in success green. */
    public BooleanProperty messageIsError() {
        return messageIsError;
    }

    public boolean mayChange() {
        return mayChange;
    }

    public StringProperty serverUrl() {
        return serverUrl;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty state() {
        return state;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty enrolled() {
        return isEnrolled;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
