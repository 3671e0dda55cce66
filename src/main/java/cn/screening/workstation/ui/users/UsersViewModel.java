package cn.screening.workstation.ui.users;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.service.PasswordPolicy;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.UsersPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workstation's accounts, and the form that adds one (administrators only; the service checks too). */
public final class UsersViewModel {

    private final UsersPort accounts;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;

    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.TOWNSHIP_DOCTOR);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public UsersViewModel(UsersPort accounts, ScreenKit kit) {
        this.accounts = accounts;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
    }

    public void load() {
        tasks.run(accounts::list).onSuccess(users::setAll).busy(busy).start();
    }

    public void add() {
        if (!password.get().equals(passwordAgain.get())) {
            error(i18n.get("common.password.mismatch"));
            return;
        }
        var weak = PasswordPolicy.problem(password.get().toCharArray());
        if (weak.isPresent()) {
            error(texts.get(weak.get()));
            return;
        }
        String user = username.get().trim();
        String name = displayName.get().trim();
        Role r = role.get();
        char[] pw = password.get().toCharArray();
        tasks.run(() -> accounts.add(user, name, r, pw))
                .onSuccess(added -> {
                    clearForm();
                    messageIsError.set(false);
                    message.set(i18n.get("users.added", added.username()));
                    load();
                })
                .onError(ServiceException.class, e -> error(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    private void clearForm() {
        username.set("");
        displayName.set("");
        password.set("");
        passwordAgain.set("");
    }

    public ObservableList<UserAccount> users() {
        return users;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public ObjectProperty<Role> role() {
        return role;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty passwordAgain() {
        return passwordAgain;
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
