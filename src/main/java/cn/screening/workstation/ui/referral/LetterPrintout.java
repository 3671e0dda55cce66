package cn.screening.workstation.ui.referral;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/** A referral's 转诊单 (or 下转单) printed; with no printer, saved as a PDF where the user says. */
final class LetterPrintout {

    private final ReferralPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final StringProperty message;
    private final StringProperty error;
    private final BooleanProperty busy;

    LetterPrintout(ReferralPort port, Tasks tasks, Texts texts, I18n i18n, StringProperty message, StringProperty error,
                   BooleanProperty busy) {
        this.port = port;
        this.tasks = tasks;
        this.texts = texts;
        this.i18n = i18n;
        this.message = message;
        this.error = error;
        this.busy = busy;
    }

    /** @param whereToSave asks the user for a file, given a proposed name; empty when cancelled */
    void print(UUID id, String number, boolean back, Function<String, Optional<Path>> whereToSave) {
        error.set("");
        tasks.run(() -> back ? port.printBackLetter(id) : port.printLetter(id))
                .onSuccess(printed -> {
                    if (printed == ReferralPort.Printed.SENT) {
                        message.set(i18n.get("referral.print.sent", number));
                        return;
                    }
                    String name = i18n.get(back ? "referral.print.backFileName" : "referral.print.fileName", number);
                    whereToSave.apply(name).ifPresentOrElse(file -> save(id, number, back, file),
                            () -> message.set(i18n.get("referral.print.cancelled")));
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void save(UUID id, String number, boolean back, Path file) {
        tasks.run(() -> {
                    if (back) {
                        port.saveBackLetter(id, file);
                    } else {
                        port.saveLetter(id, file);
                    }
                })
                .onSuccess(v -> message.set(i18n.get("referral.print.saved", number, file.toString())))
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }
}
