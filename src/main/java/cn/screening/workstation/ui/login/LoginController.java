package cn.screening.workstation.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds the login form; Enter in either field (the default button) logs in. */
public final class LoginController {

    private final LoginViewModel vm;

    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button loginButton;
    @FXML private ProgressIndicator progress;

    public LoginController(LoginViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.username());
        passwordField.textProperty().bindBidirectional(vm.password());
        messageLabel.textProperty().bind(vm.message());
        loginButton.disableProperty().bind(vm.busy());
        progress.visibleProperty().bind(vm.busy());
        Platform.runLater(() -> (vm.username().get().isEmpty() ? usernameField : passwordField).requestFocus());
    }

    @FXML
    private void onLogin() {
        vm.login();
        if (!vm.message().get().isEmpty()) {
            passwordField.requestFocus();
        }
    }

    @FXML
    private void onExit() {
        Platform.exit();
    }
}
