package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.Texts;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * A page where a box's tubes are scanned (packing at the county, receiving at the hospital): what it
 * works with, its message line and fields' problems, and the scan field whose codes go one by one to
 * the page's command, each answer (what the page shows next) to {@link #scanned}.
 *
 * @param <B> the box as the page shows it
 * @param <A> the command's answer for one code
 */
public abstract class ScanDesk<B, A> {

    protected final Tasks tasks;
    protected final Texts texts;
    protected final I18n i18n;
    protected final TimeText time;
    /** Told after something was saved (the status bar re-reads what waits for sync). */
    protected final Runnable changed;
    protected final PageState page;
    protected final FieldProblems problems;
    protected final StringProperty message;
    protected final BooleanProperty busy;
    protected final ScanLine scans;
    /** The box the page shows, as the last answer left it. */
    protected final ObjectProperty<B> current = new SimpleObjectProperty<>();
    private final Function<B, UUID> boxId;
    private final BiFunction<UUID, String, A> command;

    /**
     * @param boxId   the id of a box as shown
     * @param command what the page does with a code scanned at the box with that id (off the FX thread)
     */
    protected ScanDesk(Tasks tasks, Texts texts, I18n i18n, TimeText time, Runnable changed, Function<B, UUID> boxId,
                       BiFunction<UUID, String, A> command) {
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.time = time;
        this.changed = changed;
        this.page = new PageState(texts, i18n);
        this.problems = page.problems();
        this.message = page.message();
        this.busy = page.busy();
        this.boxId = boxId;
        this.command = command;
        this.scans = new ScanLine(tasks, texts, i18n, this::command, this::scanned);
    }

    /** A code from the scan field; codes are handled one after another, in the order they came. */
    public void scan(String code) {
        String refusal = notNow();
        if (refusal != null) {
            scans.refuse(refusal);
        } else {
            scans.add(code);
        }
    }

    /** Why the page takes no code now (no box open, its arrival not recorded), or null. */
    protected abstract String notNow();

    // the box is the one open when the code came, whatever is shown by the time it is sent
    private Callable<A> command(String code) {
        UUID id = boxId.apply(current.get());
        return () -> command.apply(id, code);
    }

    /** Shows a code's answer, on the FX thread. */
    protected abstract void scanned(String code, A answer);

    public ObjectProperty<B> current() {
        return current;
    }

    /** The message line, the busy flag and the fields' problems. */
    public PageState page() {
        return page;
    }

    /** The scan field's queue and its answer line. */
    public ScanLine scans() {
        return scans;
    }
}
