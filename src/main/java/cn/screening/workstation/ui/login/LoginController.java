package cn.screening.workstation.ui.login;

import cn.screening.workstation.ui.common.I18n;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The login form, built in code: it is the first window of every start, and reading it from FXML
 * (the XML parser, the FXML reader, reflection) cost a third of the time before its first frame.
 * Enter in either field (the default button) logs in.
 */
public final class LoginController {

    private final LoginViewModel vm;
    private final TextField usernameField = new TextField();
    private final PasswordField passwordField = new PasswordField();
    private final Label messageLabel = new Label();
    private final Button loginButton;
    private final HBox buttons;
    private final VBox root;

    public LoginController(LoginViewModel vm, I18n i18n) {
        this.vm = vm;
        usernameField.setId("usernameField");
        passwordField.setId("passwordField");
        messageLabel.setId("messageLabel");
        messageLabel.setWrapText(true);
        messageLabel.getStyleClass().add("message-error");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.getStyleClass().add("form");
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(80);
        form.getColumnConstraints().setAll(caption, field);
        form.addRow(0, caption(i18n.get("login.username"), usernameField), usernameField);
        form.addRow(1, caption(i18n.get("login.password"), passwordField), passwordField);

        Button exit = new Button(i18n.get("login.exit"));
        exit.setCancelButton(true);
        exit.setOnAction(e -> Platform.exit());
        loginButton = new Button(i18n.get("login.submit"));
        loginButton.setId("loginButton");
        loginButton.setDefaultButton(true);
        loginButton.setOnAction(e -> onLogin());
        buttons = new HBox(8, exit, loginButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root = new VBox(14, styled(new Label(i18n.get("app.title")), "title"), styled(new Label(i18n.get("login.hint")), "subtitle"),
                form, messageLabel, buttons);
        root.getStyleClass().add("login");
        root.setMaxSize(420, 380);
        root.setPadding(new Insets(28));
        bind();
    }

    /** The page's root node. */
    public Parent root() {
        return root;
    }

    private static Label caption(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }

    private void bind() {
        usernameField.textProperty().bindBidirectional(vm.username());
        passwordField.textProperty().bindBidirectional(vm.password());
        messageLabel.textProperty().bind(vm.message());
        loginButton.disableProperty().bind(vm.busy());
        vm.busy().addListener((o, was, busy) -> {
            if (busy && buttons.getChildren().size() == 2) {
                buttons.getChildren().add(0, progress());
            }
        });
        Platform.runLater(() -> (vm.username().get().isEmpty() ? usernameField : passwordField).requestFocus());
    }

    /**
     * The spinner beside the buttons, made when a login first runs: hidden until then, yet its
     * animated skin and a dozen styled segments were a good part of showing the first frame.
     */
    private ProgressIndicator progress() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busy());
        return progress;
    }

    private void onLogin() {
        vm.login();
        if (!vm.message().get().isEmpty()) {
            passwordField.requestFocus();
        }
    }
}
