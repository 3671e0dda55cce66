package cn.screening.workstation.ui.shell;

import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.ViewLoader;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The windows a screen opens over the main one (a record, a form), styled as the window and closed
 * by a button in its language. The views come from the session's loader, known once every feature
 * has registered its controllers.
 */
public final class Dialogs {

    public static final String CSS = "/cn/screening/workstation/ui/app.css";

    private final I18n i18n;
    private final Supplier<Window> owner;
    private ViewLoader loader;

    public Dialogs(I18n i18n, Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    /** Set once, by the session, after the features registered their controllers. */
    public void loadFrom(ViewLoader loader) {
        this.loader = loader;
    }

    public <C> ViewLoader.Loaded<C> load(Class<C> controllerType) {
        return loader.load(controllerType);
    }

    /** A dialog with this content and one close button (its text the window's, not the JVM's, language). */
    public Dialog<ButtonType> closable(String title, Node content) {
        return closable(title, content, i18n.get("common.close"));
    }

    public Dialog<ButtonType> closable(String title, Node content, String closeText) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        // ButtonType.CLOSE would say "Close" in the JVM's language, whatever the window's
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(closeText, ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    public void show(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(Dialogs.class.getResource(CSS).toExternalForm());
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.show();
    }

    public I18n i18n() {
        return i18n;
    }
}
