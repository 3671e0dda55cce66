package cn.screening.workstation.ui;

import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.ViewLoader;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** One page of the main window alone on the test stage, at 1366×768, shown as the shell would show it. */
public final class PageStage {

    private PageStage() {
    }

    public static <C extends ShellContent> Stage show(I18n i18n, Class<C> type, Supplier<C> controller) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            var view = new ViewLoader(i18n, Map.of(type, controller)).load(type);
            Scene scene = new Scene(view.root(), ScreenPictures.WIDTH, ScreenPictures.HEIGHT);
            scene.getStylesheets().add(ScreenPictures.css());
            s.setScene(scene);
            view.controller().activated();
            s.show();
        });
        return stage;
    }
}
