package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.Texts;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A page's scan field and the line beside it: codes queued and sent one by one to the page's
 * command, each answer handed to the page; the line says what became of the last code, in red when
 * it was refused (a service error is said in its sentence). FX thread only.
 */
public final class ScanLine {

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final ScanQueue queue;

    /** @param command what the page does with a code, run off the FX thread; its answer goes to {@code answered} */
    public <A> ScanLine(Tasks tasks, Texts texts, I18n i18n, Function<String, Callable<A>> command,
                        BiConsumer<String, A> answered) {
        this.queue = ScanQueue.answering(tasks, command, answered,
                (code, e) -> refuse(i18n.get("shipment.scan.refused", code, texts.of(e))));
    }

    public void add(String code) {
        queue.add(code);
    }

    /** Says why a code was not taken, in red. */
    public void refuse(String text) {
        refused.set(true);
        message.set(text);
    }

    /** Says what became of a code that was taken (or clears the line). */
    public void say(String text) {
        refused.set(false);
        message.set(text);
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty refused() {
        return refused;
    }
}
