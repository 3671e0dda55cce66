package cn.screening.workstation.ui.login;

import cn.screening.workstation.service.LoginPort;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Username and password; the check (PBKDF2, then opening the store) runs in the background. */
public final class LoginViewModel {


    private final LoginPort workstation;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Consumer<Workspace> onLoggedIn;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public LoginViewModel(LoginPort workstation, Tasks tasks, Texts texts, I18n i18n, ZoneId zone,
                          Consumer<Workspace> onLoggedIn) {
        this.workstation = workstation;
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.zone = zone;
        this.onLoggedIn = onLoggedIn;
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        String user = username.get().trim();
        char[] pw = password.get().toCharArray();
        if (user.isEmpty() || pw.length == 0) {
            message.set(i18n.get("login.blank"));
            return;
        }
        message.set("");
        tasks.run(() -> workstation.login(user, pw))
                .onSuccess(this::handle)
                .onError(StoreException.class, e -> message.set(texts.of(e)))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void handle(LoginResult result) {
        if (result instanceof LoginResult.Success s) {
            password.set("");
            onLoggedIn.accept(s.workspace());
        } else {
            if (!(result instanceof LoginResult.Inactive)) {
                password.set("");
            }
            message.set(texts.refusal(result, zone));
        }
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
