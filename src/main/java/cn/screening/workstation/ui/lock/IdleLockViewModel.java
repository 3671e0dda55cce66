package cn.screening.workstation.ui.lock;

import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.UnlockPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The idle lock: audited when it closes over the screen; the user's own password opens it again. */
public final class IdleLockViewModel {


    private final UnlockPort accounts;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
    private final Runnable onUnlocked;

    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public IdleLockViewModel(UnlockPort accounts, ScreenKit kit, Runnable onUnlocked) {
        this.accounts = accounts;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.zone = kit.zone();
        this.onUnlocked = onUnlocked;
    }

    public void lock() {
        if (locked.get()) {
            return;
        }
        password.set("");
        message.set("");
        locked.set(true);
        tasks.run(accounts::recordScreenLocked).start();
    }

    public void unlock() {
        char[] pw = password.get().toCharArray();
        if (pw.length == 0 || busy.get()) {
            message.set(i18n.get("login.blank"));
            return;
        }
        tasks.run(() -> accounts.unlockScreen(pw))
                .onSuccess(this::handle)
                .busy(busy)
                .start();
    }

    private void handle(LoginResult r) {
        password.set("");
        if (r instanceof LoginResult.Success) {
            locked.set(false);
            onUnlocked.run();
        } else {
            message.set(texts.refusal(r, zone));
        }
    }

    public BooleanProperty locked() {
        return locked;
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
