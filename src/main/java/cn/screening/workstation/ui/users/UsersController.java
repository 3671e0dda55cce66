package cn.screening.workstation.ui.users;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The user list and the add-user form. */
public final class UsersController implements ShellContent {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UsersViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;

    @FXML private TableView<UserAccount> table;
    @FXML private TableColumn<UserAccount, String> usernameColumn;
    @FXML private TableColumn<UserAccount, String> nameColumn;
    @FXML private TableColumn<UserAccount, String> roleColumn;
    @FXML private TableColumn<UserAccount, String> activeColumn;
    @FXML private TableColumn<UserAccount, String> lastLoginColumn;
    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private ComboBox<Role> roleBox;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField passwordAgainField;
    @FXML private Label messageLabel;
    @FXML private Button addButton;

    public UsersController(UsersViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        table.setItems(vm.users());
        usernameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().username()));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().displayName()));
        roleColumn.setCellValueFactory(c -> new SimpleStringProperty(i18n.label(c.getValue().role())));
        activeColumn.setCellValueFactory(c -> new SimpleStringProperty(
                i18n.get(c.getValue().active() ? "users.active" : "users.inactive")));
        lastLoginColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().lastLoginAt() == null ? ""
                : WHEN.format(c.getValue().lastLoginAt().atZone(zone))));
        roleBox.setItems(FXCollections.observableArrayList(Role.values()));
        roleBox.setConverter(i18n.converter(Role.class, ""));
        roleBox.valueProperty().bindBidirectional(vm.role());
        usernameField.textProperty().bindBidirectional(vm.username());
        displayNameField.textProperty().bindBidirectional(vm.displayName());
        passwordField.textProperty().bindBidirectional(vm.password());
        passwordAgainField.textProperty().bindBidirectional(vm.passwordAgain());
        messageLabel.textProperty().bind(vm.message());
        vm.messageIsError().addListener((obs, old, error) -> style(error));
        addButton.disableProperty().bind(vm.busy());
    }

    private void style(boolean error) {
        messageLabel.getStyleClass().removeAll("message-error", "message-ok");
        messageLabel.getStyleClass().add(error ? "message-error" : "message-ok");
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onAdd() {
        vm.add();
    }
}
