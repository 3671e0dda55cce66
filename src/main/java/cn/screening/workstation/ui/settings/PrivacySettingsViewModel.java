package cn.screening.workstation.ui.settings;

import cn.screening.workstation.service.PrivacyChoices;
import cn.screening.workstation.service.PrivacySettings;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The privacy part of the settings page, for administrators: how long exported files stay in the data
 * folder's exports/ (removed at login after that), and how long the audit must be kept (recorded: the
 * audit is append-only and never deleted here, decision 0023).
 */
public final class PrivacySettingsViewModel {

    /** Ten years: more is a typing slip. */
    public static final int MAX_DAYS = 3650;
    public static final int MAX_MONTHS = 600;

    private final PrivacyChoices port;
    private final boolean mayChange;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final IntegerProperty exportDays = new SimpleIntegerProperty(PrivacySettings.DEFAULT.exportRetentionDays());
    private final IntegerProperty auditMonths = new SimpleIntegerProperty(PrivacySettings.DEFAULT.auditRetentionMonths());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public PrivacySettingsViewModel(PrivacyChoices port, boolean mayChange, ScreenKit kit) {
        this.port = port;
        this.mayChange = mayChange;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
    }

    public void load() {
        if (mayChange) {
            tasks.run(port::load).onSuccess(p -> {
                exportDays.set(p.exportRetentionDays());
                auditMonths.set(p.auditRetentionMonths());
            }).busy(busy).start();
        }
    }

    public void save() {
        PrivacySettings chosen = new PrivacySettings(exportDays.get(), auditMonths.get());
        tasks.run(() -> {
            port.save(chosen);
            return chosen;
        }).onSuccess(p -> {
            messageIsError.set(false);
            message.set(i18n.get("settings.privacy.saved"));
        }).onError(ServiceException.class, e -> {
            messageIsError.set(true);
            message.set(texts.of(e));
        }).busy(busy).start();
    }

    public boolean mayChange() {
        return mayChange;
    }

    public IntegerProperty exportDays() {
        return exportDays;
    }

    public IntegerProperty auditMonths() {
        return auditMonths;
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
