package cn.screening.workstation.ui.lock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;

/** The lock overlay: covers the window (and swallows its input) until the password is given. */
public final class IdleLockController {

    private final IdleLockViewModel vm;
    private final Runnable logout;

    @FXML private Region overlay;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button unlockButton;

    public IdleLockController(IdleLockViewModel vm, Runnable logout) {
        this.vm = vm;
        this.logout = logout;
    }

    public IdleLockViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        overlay.visibleProperty().bind(vm.locked());
        passwordField.textProperty().bindBidirectional(vm.password());
        messageLabel.textProperty().bind(vm.message());
        unlockButton.disableProperty().bind(vm.busy());
        // the default button of a hidden overlay must not steal Enter from the screen below
        unlockButton.defaultButtonProperty().bind(vm.locked());
        vm.locked().addListener((obs, old, now) -> {
            if (now) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
    }

    @FXML
    private void onUnlock() {
        vm.unlock();
    }

    @FXML
    private void onLogout() {
        logout.run();
    }
}
