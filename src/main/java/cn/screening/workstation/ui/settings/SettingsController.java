package cn.screening.workstation.ui.settings;

import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

    public SettingsController(SettingsViewModel vm, SyncSettingsViewModel sync, I18n i18n) {
        this.vm = vm;
        this.sync = sync;
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
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, SettingsViewModel.MAX_IDLE_MINUTES,
                vm.idleLockMinutes().get());
        idleSpinner.setValueFactory(factory);
        idleSpinner.setEditable(true);
        factory.valueProperty().addListener((obs, old, now) -> vm.idleLockMinutes().set(now == null ? 0 : now));
        idleSpinner.setDisable(!vm.mayChangeIdleLock());
        messageLabel.textProperty().bind(vm.message());
        saveButton.disableProperty().bind(vm.busy());
        initSync();
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
        syncMessageLabel.getStyleClass().removeAll("message-ok", "message-error");
        syncMessageLabel.getStyleClass().add(error ? "message-error" : "message-ok");
    }

    @Override
    public void activated() {
        sync.load();
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
        vm.save();
    }
}
