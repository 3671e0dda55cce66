package cn.screening.workstation.ui.settings;

import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** The settings page. */
public final class SettingsController implements ShellContent {

    private final SettingsViewModel vm;
    private final SyncSettingsViewModel sync;
    private final I18n i18n;

    @FXML private ComboBox<String> languageBox;
    @FXML private Spinner<Integer> idleSpinner;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;
    @FXML private VBox syncSection;
    @FXML private Label syncStateLabel;
    @FXML private TextField serverField;
    @FXML private TextField codeField;
    @FXML private Button enrolButton;
    @FXML private Button changeServerButton;
    @FXML private Label syncMessageLabel;
    @FXML private TextField backupFolderField;
    @FXML private Spinner<Integer> backupKeepSpinner;
    @FXML private VBox backupSection;
    @FXML private Label backupStateLabel;
    @FXML private PasswordField recoveryField;
    @FXML private PasswordField recoveryAgainField;
    @FXML private Label backupMessageLabel;
    @FXML private Button backupNowButton;
    @FXML private VBox privacySection;
    @FXML private Spinner<Integer> exportDaysSpinner;
    @FXML private Spinner<Integer> auditMonthsSpinner;
    @FXML private Label privacyMessageLabel;
    @FXML private Button savePrivacyButton;
    @FXML private Button saveBackupButton;
    private final BackupSettingsViewModel backup;
    private final PrivacySettingsViewModel privacy;

    public SettingsController(SettingsViewModel vm, SyncSettingsViewModel sync, I18n i18n) {
        this(vm, sync, null, null, i18n);
    }

    /** @param backup the backup section, or null when the page has none; {@code privacy} likewise */
    public SettingsController(SettingsViewModel vm, SyncSettingsViewModel sync, BackupSettingsViewModel backup,
                              PrivacySettingsViewModel privacy, I18n i18n) {
        this.privacy = privacy;
        this.vm = vm;
        this.sync = sync;
        this.backup = backup;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        languageBox.setItems(FXCollections.observableArrayList(SettingsViewModel.LANGUAGES));
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : i18n.get("en".equals(code) ? "settings.language.en" : "settings.language.zh");
            }

            @Override
            public String fromString(String text) {
                return SettingsViewModel.LANGUAGES.stream().filter(c -> toString(c).equals(text)).findFirst().orElse(null);
            }
        });
        languageBox.valueProperty().bindBidirectional(vm.language());
        bind(idleSpinner, 0, SettingsViewModel.MAX_IDLE_MINUTES, vm.idleLockMinutes());
        idleSpinner.setDisable(!vm.mayChangeIdleLock());
        messageLabel.textProperty().bind(vm.message());
        saveButton.disableProperty().bind(vm.busy());
        backupFolderField.textProperty().bindBidirectional(vm.backupFolder());
        backupFolderField.setDisable(!vm.mayChangeIdleLock());
        bind(backupKeepSpinner, 1, SettingsViewModel.MAX_BACKUPS_KEPT, vm.backupKeep());
        backupKeepSpinner.setDisable(!vm.mayChangeIdleLock());
        initSync();
        initBackup();
        initPrivacy();
    }

    private void initPrivacy() {
        boolean shown = privacy != null && privacy.mayChange();
        privacySection.setVisible(shown);
        privacySection.setManaged(shown);
        if (!shown) {
            return;
        }
        bind(exportDaysSpinner, 0, PrivacySettingsViewModel.MAX_DAYS, privacy.exportDays());
        bind(auditMonthsSpinner, 0, PrivacySettingsViewModel.MAX_MONTHS, privacy.auditMonths());
        privacyMessageLabel.textProperty().bind(privacy.message());
        privacy.messageIsError().addListener((obs, old, error) -> paint(privacyMessageLabel, error));
        savePrivacyButton.disableProperty().bind(privacy.busy());
    }

    /** A spinner kept in step with the view model's number both ways (privacy's value loads after the page opens). */
    private static void bind(Spinner<Integer> spinner, int min, int max, javafx.beans.property.IntegerProperty value) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        factory.valueProperty().addListener((obs, old, now) -> value.set(now == null ? min : now));
        value.addListener((obs, old, now) -> factory.setValue(now.intValue()));
    }

    @FXML
    private void onSavePrivacy() {
        privacy.save();
    }

    private void initBackup() {
        boolean shown = backup != null && backup.mayChange();
        backupSection.setVisible(shown);
        backupSection.setManaged(shown);
        if (!shown) {
            return;
        }
        backupStateLabel.textProperty().bind(backup.state());
        recoveryField.textProperty().bindBidirectional(backup.recovery());
        recoveryAgainField.textProperty().bindBidirectional(backup.recoveryAgain());
        backupMessageLabel.textProperty().bind(backup.message());
        backup.messageIsError().addListener((obs, old, error) -> paint(backupMessageLabel, error));
        backupNowButton.disableProperty().bind(backup.busy());
        saveBackupButton.disableProperty().bind(backup.busy().or(vm.busy()));
    }

    private void initSync() {
        syncSection.setVisible(sync.mayChange());
        syncSection.setManaged(sync.mayChange());
        syncStateLabel.textProperty().bind(sync.state());
        serverField.textProperty().bindBidirectional(sync.serverUrl());
        codeField.textProperty().bindBidirectional(sync.code());
        syncMessageLabel.textProperty().bind(sync.message());
        paintSyncMessage(sync.messageIsError().get());
        sync.messageIsError().addListener((obs, old, error) -> paintSyncMessage(error));
        enrolButton.disableProperty().bind(sync.busy());
        changeServerButton.disableProperty().bind(sync.busy().or(sync.enrolled().not()));
    }

    private void paintSyncMessage(boolean error) {
        paint(syncMessageLabel, error);
    }

    private static void paint(Label label, boolean error) {
        label.getStyleClass().removeAll("message-ok", "message-error");
        label.getStyleClass().add(error ? "message-error" : "message-ok");
    }

    @Override
    public void activated() {
        sync.load();
        if (backup != null) {
            backup.load();
        }
        if (privacy != null) {
            privacy.load();
        }
    }

    /** The folder and how many to keep go to the settings file with the rest; a typed recovery password to the keyring. */
    @FXML
    private void onSaveBackup() {
        onSave();
        if (!backup.recovery().get().isEmpty() || !backup.recoveryAgain().get().isEmpty()) {
            backup.setRecoveryPassword();
        }
    }

    @FXML
    private void onBackupNow() {
        backup.backupNow();
    }

    @FXML
    private void onEnrol() {
        sync.enrol();
    }

    @FXML
    private void onChangeServer() {
        sync.changeServer();
    }

    @FXML
    private void onSave() {
        idleSpinner.increment(0); // commits a typed value
        backupKeepSpinner.increment(0);
        vm.save();
    }
}
