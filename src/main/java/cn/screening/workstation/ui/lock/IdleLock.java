package cn.screening.workstation.ui.lock;

import cn.screening.workstation.service.UnlockPort;
import cn.screening.workstation.ui.common.IdleTimer;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The idle lock of a session: the overlay above the shell, and the timer that raises it after the
 * set minutes without input; unlocking (the same user's password) starts the timer again.
 */
public final class IdleLock {

    private IdleTimer timer;
    private IdleLockViewModel lock;

    public void register(ScreenRegistry r, ScreenKit kit, UnlockPort accounts, Runnable logout) {
        r.controller(IdleLockController.class, () -> new IdleLockController(new IdleLockViewModel(accounts, kit, this::unlocked),
                logout));
    }

    /** The overlay, to lay over the shell. */
    public Parent view(ViewLoader loader) {
        var loaded = loader.load(IdleLockController.class);
        lock = loaded.controller().viewModel();
        return loaded.root();
    }

    /** Starts (or restarts) the timer on the window's scene; 0 minutes never locks. */
    public void start(Scene scene, int minutes) {
        stop();
        if (minutes > 0 && scene != null && lock != null) {
            IdleLockViewModel overlay = lock;
            timer = new IdleTimer(Duration.minutes(minutes), overlay::lock);
            timer.attach(scene);
        }
    }

    public void stop() {
        if (timer != null) {
            timer.detach();
            timer = null;
        }
    }

    private void unlocked() {
        if (timer != null) {
            timer.resume();
        }
    }
}
