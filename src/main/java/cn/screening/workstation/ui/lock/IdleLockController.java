package cn.screening.workstation.ui.lock;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
            covered(now);
            if (now) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
        // keys reach only the lock while it is shown: not the form behind it, not the window's shortcuts (Ctrl+N)
        overlay.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, outside);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.ANY, outside);
            }
        });
        overlay.addEventHandler(KeyEvent.ANY, e -> {
            if (!vm.locked().get()) {
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ENTER) {
                vm.unlock(); // the default button's Enter is a window shortcut too, and those stop here
            }
            e.consume(); // typed into the lock: handled there, and no further
        });
    }

    private final EventHandler<KeyEvent> outside = this::keyOutside;

    private void keyOutside(KeyEvent e) {
        if (vm.locked().get() && !(e.getTarget() instanceof Node n && within(n))) {
            e.consume();
        }
    }

    private boolean within(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == overlay) {
                return true;
            }
        }
        return false;
    }

    /** What lies under the overlay can take neither focus nor clicks while locked. */
    private void covered(boolean locked) {
        if (overlay.getParent() != null) {
            overlay.getParent().getChildrenUnmodifiable().stream().filter(n -> n != overlay).forEach(n -> n.setDisable(locked));
        }
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
