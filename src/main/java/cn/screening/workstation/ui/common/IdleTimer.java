package cn.screening.workstation.ui.common;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Calls {@code onIdle} after the given time without a key press, click, mouse move or scroll in
 * the scene; input restarts the count. Stopped while the lock it triggers is shown.
 */
public final class IdleTimer {

    private final PauseTransition timer;
    private final EventHandler<Event> activity = e -> restart();
    private Scene scene;
    private boolean paused;

    public IdleTimer(Duration timeout, Runnable onIdle) {
        this.timer = new PauseTransition(timeout);
        timer.setOnFinished(e -> {
            paused = true;
            onIdle.run();
        });
    }

    public void attach(Scene target) {
        detach();
        this.scene = target;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.addEventFilter(ScrollEvent.SCROLL, activity);
        paused = false;
        timer.playFromStart();
    }

    public void detach() {
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, activity);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
            scene.removeEventFilter(MouseEvent.MOUSE_MOVED, activity);
            scene.removeEventFilter(ScrollEvent.SCROLL, activity);
            scene = null;
        }
    }

    /** Counts again from zero, e.g. once the screen is unlocked. */
    public void resume() {
        paused = false;
        timer.playFromStart();
    }

    private void restart() {
        if (!paused) {
            timer.playFromStart();
        }
    }
}
