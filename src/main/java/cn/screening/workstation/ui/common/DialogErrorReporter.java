package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.StoreException;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows failures nobody else handled as a dialog with the sentence the user can act on. */
public final class DialogErrorReporter implements ErrorReporter {

    private final Supplier<Texts> texts;
    private final Supplier<I18n> i18n;
    private final Supplier<Window> owner;

    public DialogErrorReporter(Supplier<Texts> texts, Supplier<I18n> i18n, Supplier<Window> owner) {
        this.texts = texts;
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public void refused(ServiceException e) {
        show(Alert.AlertType.WARNING, texts.get().of(e));
    }

    @Override
    public void storeFailed(StoreException e) {
        show(Alert.AlertType.ERROR, texts.get().of(e));
    }

    @Override
    public void unexpected(Throwable e) {
        show(Alert.AlertType.ERROR, i18n.get().get("error.unexpected", String.valueOf(e.getMessage())));
    }

    private void show(Alert.AlertType type, String text) {
        // the button in the window's language, not the JVM's ("OK" in a Chinese window)
        Alert alert = new Alert(type, text, new ButtonType(i18n.get().get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(null);
        alert.setTitle(i18n.get().get("app.title"));
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.show();
    }
}
