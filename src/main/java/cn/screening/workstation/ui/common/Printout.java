package cn.screening.workstation.ui.common;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * A page's printed document (a label, a manifest): printed or saved as PDF off the FX thread, the
 * outcome said in the page's message line; with no printer the page is told, to offer saving instead.
 */
public final class Printout {

    /** Sends the document to the printer. */
    @FunctionalInterface
    public interface Print {
        PdfPrinter.Outcome print() throws IOException;
    }

    /** Writes the document into a file. */
    @FunctionalInterface
    public interface Save {
        void to(Path file) throws IOException;
    }

    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final StringProperty message;
    private final BooleanProperty busy;

    public Printout(Tasks tasks, Texts texts, I18n i18n, StringProperty message, BooleanProperty busy) {
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.message = message;
        this.busy = busy;
    }

    /** @param printed what the message line says once it went to the printer */
    public void print(Print print, String printed, Runnable noPrinter) {
        tasks.run(print::print)
                .onSuccess(outcome -> {
                    if (outcome == PdfPrinter.Outcome.NO_PRINTER) {
                        message.set(i18n.get("print.noPrinter"));
                        noPrinter.run();
                    } else {
                        message.set(printed);
                    }
                })
                .onError(IOException.class, e -> message.set(i18n.get("print.failed", e.getMessage())))
                .busy(busy)
                .start();
    }

    /** @param savedKey the message key that names the saved file */
    public void save(Path file, Save save, String savedKey) {
        tasks.run(() -> {
                    save.to(file);
                    return file;
                })
                .onSuccess(f -> message.set(i18n.get(savedKey, f.toString())))
                .onError(IOException.class, e -> message.set(i18n.get("print.saveFailed", e.getMessage())))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }
}
