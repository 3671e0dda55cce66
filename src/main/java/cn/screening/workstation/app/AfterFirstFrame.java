package cn.screening.workstation.app;

import javafx.animation.AnimationTimer;

/**
 * Runs work the first window does not need once that window has drawn its first frame: on the
 * second pulse, the first one having drawn the window. Call on the JavaFX thread; keep the work short
 * there (hand anything long to a background thread).
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
